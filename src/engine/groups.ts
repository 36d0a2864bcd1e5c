import type { Body, Group } from '../domain/body';

/** Who a lead or participant reference stands for: bodies and open groups, and the ids that are neither. */
export interface Expansion {
  ids: string[];
  undefinedRefs: string[];
}

/**
 * Expands references through closed groups, each reference once (memoised: its expansion is shared, never
 * changed), without recursion: a group stands for every body and open group reachable through its members; a
 * cycle of groups adds nothing more, so the members reachable without going round it still count.
 */
export function groupExpander(
  bodies: ReadonlyMap<string, Body>,
  groups: ReadonlyMap<string, Group>,
): (id: string) => Expansion {
  const memo = new Map<string, Expansion>();
  return (id) => {
    const known = memo.get(id);
    if (known) return known;
    const group = groups.get(id);
    if (bodies.has(id) || group?.open) {
      const self = { ids: [id], undefinedRefs: [] };
      memo.set(id, self);
      return self;
    }
    if (!group) return { ids: [], undefinedRefs: [id] };
    const ids: string[] = [];
    const undefinedRefs: string[] = [];
    const seen = new Set([id]);
    const stack = [...group.memberIds].reverse();
    while (stack.length > 0) {
      const member = stack.pop() as string;
      if (seen.has(member)) continue;
      seen.add(member);
      const inner = groups.get(member);
      if (bodies.has(member) || inner?.open) ids.push(member);
      else if (!inner) undefinedRefs.push(member);
      else for (let i = inner.memberIds.length - 1; i >= 0; i--) stack.push(inner.memberIds[i] as string);
    }
    const expansion = { ids, undefinedRefs };
    memo.set(id, expansion);
    return expansion;
  };
}
