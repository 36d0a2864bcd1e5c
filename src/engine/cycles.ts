import { GrowingInts } from './growing-ints';

const NOT_VISITED = -1;
/** `low` of a node taken off the stack (its component is done): no edge into it lowers anything. */
const DONE = 0x7fffffff;

/**
 * Strongly connected components of a directed graph whose nodes are numbers (Tarjan, iterative so long
 * chains cannot overflow the stack), from `roots` in order, each node's edges asked for once; `size` is how
 * many nodes there are (a hint: larger numbers are taken too). Returns only the components that are cycles:
 * more than one node, or a node with a self-edge. Its state is typed arrays and one stack of frames, so a
 * plan of hundreds of thousands of tasks costs no object per task.
 */
export function findCycleNumbers(
  roots: Iterable<number>,
  edges: (node: number) => ArrayLike<number>,
  size = 0,
): number[][] {
  const index = new GrowingInts(size, NOT_VISITED);
  const low = new GrowingInts(size, NOT_VISITED);
  const stack: number[] = [];
  const cycles: number[][] = [];
  // the frames of the depth-first walk: the node, how many of its edges are followed, and its edges
  const frameNode: number[] = [];
  const frameNext: number[] = [];
  const frameOut: ArrayLike<number>[] = [];
  let next = 0;
  const visit = (node: number) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    frameNode.push(node);
    frameNext.push(0);
    frameOut.push(edges(node));
  };

  for (const root of roots) {
    if (index.get(root) !== NOT_VISITED) continue;
    visit(root);
    while (frameNode.length > 0) {
      const top = frameNode.length - 1;
      const node = frameNode[top] as number;
      const out = frameOut[top] as ArrayLike<number>;
      const i = frameNext[top] as number;
      if (i < out.length) {
        frameNext[top] = i + 1;
        const to = out[i] as number;
        if (index.get(to) === NOT_VISITED) visit(to);
        else if (low.get(to) !== DONE) low.set(node, Math.min(low.get(node), index.get(to)));
        continue;
      }
      frameNode.pop();
      frameNext.pop();
      frameOut.pop();
      if (top > 0) {
        const parent = frameNode[top - 1] as number;
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) !== index.get(node)) continue;
      const component: number[] = [];
      let member: number;
      do {
        member = stack.pop() as number;
        low.set(member, DONE);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || Array.prototype.includes.call(out, node)) cycles.push(component.reverse());
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
