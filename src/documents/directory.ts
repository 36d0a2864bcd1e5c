/**
 * The bodies and groups a document's names are matched against: by name, abbreviation and alias, folded
 * (no diacritics, any case), longest name first.
 */
import type { Body, Group } from '../domain/body';
import type { Plan } from '../domain/plan';
import { fold } from './text';

export interface Directory {
  bodies: Body[];
  groups: Group[];
}

export interface DirectoryEntry {
  id: string;
  name: string;
  group: boolean;
}

/** One directory built from plans: the first plan that names an id wins. */
export function directoryFromPlans(plans: readonly Pick<Plan, 'bodies' | 'groups'>[]): Directory {
  const bodies = new Map<string, Body>();
  const groups = new Map<string, Group>();
  for (const plan of plans) {
    for (const b of plan.bodies) if (!bodies.has(b.id)) bodies.set(b.id, b);
    for (const g of plan.groups) if (!groups.has(g.id) && !bodies.has(g.id)) groups.set(g.id, g);
  }
  return { bodies: [...bodies.values()], groups: [...groups.values()] };
}

/** A folded key: letters and digits only, single spaces. */
export function keyOf(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(?<=^| )va(?= |$)/g, ' ')
    .replace(/ +/g, ' ')
    .trim();
}

export interface Mention {
  entry: DirectoryEntry;
  /** Offsets in the key text of the searched segment. */
  start: number;
  end: number;
}

export class Matcher {
  readonly entries = new Map<string, DirectoryEntry>();
  private readonly byKey = new Map<string, DirectoryEntry>();
  /** Names by their first word, longest first: a text is read word by word, the longest name winning. */
  private readonly byFirst = new Map<string, { key: string; words: string[] }[]>();

  constructor(readonly directory: Directory) {
    const add = (key: string, entry: DirectoryEntry) => {
      if (key.length >= 2 && !this.byKey.has(key)) this.byKey.set(key, entry);
    };
    for (const b of directory.bodies) {
      const entry = { id: b.id, name: b.name, group: false };
      this.entries.set(b.id, entry);
      for (const n of [b.name, ...b.aliases]) add(keyOf(n), entry);
      // a short abbreviation ("TU") folds onto common words ("tư", "từ"): only longer ones are searched for
      if (b.abbreviation && keyOf(b.abbreviation).length >= 4) add(keyOf(b.abbreviation), entry);
    }
    for (const g of directory.groups) {
      const entry = { id: g.id, name: g.name, group: true };
      this.entries.set(g.id, entry);
      add(keyOf(g.name), entry);
      add(keyOf(g.name.replace(/^các\s+/iu, '')), entry);
    }
    for (const key of [...this.byKey.keys()].sort((a, b) => b.length - a.length)) {
      const words = key.split(' ');
      const list = this.byFirst.get(words[0] as string) ?? [];
      list.push({ key, words });
      this.byFirst.set(words[0] as string, list);
    }
  }

  /** The entry whose whole name is `phrase` (folded), if any. */
  exact(phrase: string): DirectoryEntry | null {
    const k = keyOf(phrase);
    return this.byKey.get(k) ?? this.byKey.get(k.replace(/^cac /, '')) ?? null;
  }

  private readonly found = new Map<string, Mention[]>();

  /** Every entry named in `text`, leftmost-longest, never overlapping, in text order (remembered). */
  find(text: string): Mention[] {
    let hit = this.found.get(text);
    if (!hit) {
      hit = this.search(text);
      this.found.set(text, hit);
    }
    return hit;
  }

  private search(text: string): Mention[] {
    const words = keyOf(text).split(' ');
    const found: Mention[] = [];
    let offset = 0;
    for (let i = 0; i < words.length;) {
      const candidates = this.byFirst.get(words[i] as string) ?? [];
      const hit = candidates.find((c) => c.words.every((w, k) => words[i + k] === w));
      const length = hit ? hit.words.length : 1;
      const span = words.slice(i, i + length).join(' ').length;
      if (hit)
        found.push({ entry: this.byKey.get(hit.key) as DirectoryEntry, start: offset, end: offset + span });
      offset += span + 1;
      i += length;
    }
    return found;
  }
}
