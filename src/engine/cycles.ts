/** A node being visited, with its edges (asked for once) and how many of them are followed. */
interface Frame {
  node: number;
  i: number;
  out: ArrayLike<number>;
}

/**
 * Strongly connected components of a directed graph whose nodes are numbers (Tarjan, iterative so long
 * chains cannot overflow the stack), from `roots` in order, each node's edges asked for once. Returns only the components that are cycles:
 * more than one node, or a node with a self-edge.
 */
export function findCycleNumbers(
  roots: Iterable<number>,
  edges: (node: number) => ArrayLike<number>,
): number[][] {
  const index: number[] = [];
  const low: number[] = [];
  const onStack: boolean[] = [];
  const stack: number[] = [];
  const cycles: number[][] = [];
  let next = 0;
  const visit = (node: number) => {
    index[node] = next;
    low[node] = next++;
    stack.push(node);
    onStack[node] = true;
  };

  for (const root of roots) {
    if (index[root] !== undefined) continue;
    const work: Frame[] = [{ node: root, i: 0, out: edges(root) }];
    visit(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as Frame;
      const out = frame.out;
      if (frame.i < out.length) {
        const to = out[frame.i++] as number;
        if (index[to] === undefined) {
          visit(to);
          work.push({ node: to, i: 0, out: edges(to) });
        } else if (onStack[to]) {
          low[frame.node] = Math.min(low[frame.node] as number, index[to] as number);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node] as number, low[frame.node] as number);
      if (low[frame.node] === index[frame.node]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop() as number;
          onStack[member] = false;
          component.push(member);
        } while (member !== frame.node);
        if (component.length > 1 || Array.prototype.includes.call(out, frame.node)) {
          cycles.push(component.reverse());
        }
      }
    }
  }
  return cycles;
}

/** `findCycleNumbers` over nodes named by strings: each name is numbered as it is first met. */
export function findCycles(nodes: Iterable<string>, edges: (node: string) => string[]): string[][] {
  const names: string[] = [];
  const numbers = new Map<string, number>();
  const numberOf = (name: string) => {
    let no = numbers.get(name);
    if (no === undefined) {
      no = names.length;
      names.push(name);
      numbers.set(name, no);
    }
    return no;
  };
  const roots = function* () {
    for (const node of nodes) yield numberOf(node);
  };
  return findCycleNumbers(roots(), (no) => edges(names[no] as string).map(numberOf)).map((cycle) =>
    cycle.map((no) => names[no] as string),
  );
}
