/**
 * Names of bodies as the document writes them, resolved against the directory: a whole phrase that is a
 * directory name, one name covering most of the phrase, several names (a known group with those members, or a
 * new group), or an unknown name: a new body, marked for review.
 */
import type { Body, Group } from '../domain/body';
import { Matcher, keyOf, type Directory, type DirectoryEntry, type Mention } from './directory';
import type { Span } from './items';
import type { ImportWarning } from './items';
import { WORDS } from './words';

const ORG_START =
  /^(ban|so|phong|van phong|dang uy|dang doan|uy ban|ubnd|hdnd|ubmttq|hoi|truong|trung tam|bao|dai|thanh uy|huyen uy|quan uy|tinh uy|chi bo|dang bo|bo|tap chi|cong an|mat tran|mttq|thuong truc|cong thong tin|thanh doan|lien doan|cuc|vien|toa an|hoi dong|ban chi dao|doan|cac (dong chi|quan uy|huyen uy|dang uy|so|ban|co quan|cap uy|to chuc|hoi|don vi|chi bo|dang bo|phong|doan the|dia phuong|bo|nganh))\b/;

/** Whether a phrase reads as the name of a body or a list of bodies. */
export function looksLikeBody(phrase: string): boolean {
  return ORG_START.test(keyOf(phrase));
}

export function slug(name: string): string {
  const s = keyOf(name)
    .replace(/ /g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return /^[a-z0-9]/.test(s) ? s : `co-quan${s ? `-${s}` : ''}`;
}

export class BodyRegistry {
  readonly matcher: Matcher;
  /** Ids the draft uses, in first-use order. */
  private readonly used = new Set<string>();
  private readonly newBodies = new Map<string, Body>();
  private readonly newGroups = new Map<string, Group>();

  constructor(
    directory: Directory,
    private readonly warn: (w: ImportWarning) => void,
  ) {
    this.matcher = new Matcher(directory);
  }

  find(text: string): Mention[] {
    return this.matcher.find(text);
  }

  use(id: string): string {
    if (this.used.has(id)) return id;
    this.used.add(id);
    const group = this.newGroups.get(id) ?? this.matcher.directory.groups.find((g) => g.id === id) ?? null;
    for (const m of group?.memberIds ?? []) this.use(m);
    const body = this.matcher.directory.bodies.find((b) => b.id === id);
    if (body?.parentId && this.matcher.entries.has(body.parentId)) this.use(body.parentId);
    return id;
  }

  /**
   * The entry a phrase names, or null when it names none and `create` is false. With `create`, an unknown
   * name becomes a new body (warned), several known names a group.
   */
  resolve(phrase: string, span: Span | null, create: boolean): DirectoryEntry | null {
    const name = phrase
      .replace(/^[\s,;:.-]+|[\s,;:.-]+$/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!name) return null;
    const exact = this.matcher.exact(name);
    if (exact) return exact;
    const key = keyOf(name);
    const mentions = this.matcher.find(name);
    const covered = mentions.reduce((n, m) => n + (m.end - m.start), 0);
    if (mentions.length === 1 && covered >= key.length * 0.7) return (mentions[0] as Mention).entry;
    if (mentions.length > 1 && covered >= key.length * 0.6) {
      const ids = [...new Set(mentions.map((m) => m.entry.id))];
      const known = [...this.matcher.directory.groups, ...this.newGroups.values()].find(
        (g) => g.memberIds.length === ids.length && ids.every((id) => g.memberIds.includes(id)),
      );
      if (known) return { id: known.id, name: known.name, group: true };
      if (!create) return null;
      const id = this.freshId(slug(name));
      this.newGroups.set(id, { id, name, memberIds: ids, open: false });
      return { id, name, group: true };
    }
    if (!create || !looksLikeBody(name) || name.length > 160) return null;
    const existing = [...this.newBodies.values()].find((b) => keyOf(b.name) === key);
    if (existing) return { id: existing.id, name: existing.name, group: false };
    const id = this.freshId(slug(name));
    this.newBodies.set(id, { ...newBody(id, name) });
    this.warn({ code: 'new-body', message: WORDS.newBody(name), span });
    return { id, name, group: false };
  }

  /**
   * The lead a phrase names, and the others it names: a phrase listing several bodies that is neither a known
   * group nor a group's exact members reads as "the first leads, the others take part".
   */
  resolveLead(phrase: string, span: Span | null): { lead: DirectoryEntry | null; others: DirectoryEntry[] } {
    const whole = this.resolve(phrase, span, false);
    if (whole) return { lead: whole, others: [] };
    const mentions = this.matcher.find(phrase);
    if (mentions.length > 1) {
      const [first, ...rest] = mentions.map((m) => m.entry);
      return { lead: first ?? null, others: rest.filter((e) => e.id !== first?.id) };
    }
    return { lead: this.resolve(phrase, span, true), others: [] };
  }

  private freshId(base: string): string {
    let id = base;
    for (let k = 2; this.matcher.entries.has(id) || this.newBodies.has(id) || this.newGroups.has(id); k++)
      id = `${base}-${k}`;
    return id;
  }

  /** The bodies and groups the draft uses (with the members of its groups). */
  collect(): { bodies: Body[]; groups: Group[] } {
    const bodies: Body[] = [];
    const groups: Group[] = [];
    for (const id of this.used) {
      const b = this.newBodies.get(id) ?? this.matcher.directory.bodies.find((x) => x.id === id);
      if (b) {
        bodies.push(b.parentId && !this.used.has(b.parentId) ? { ...b, parentId: null } : b);
        continue;
      }
      const g = this.newGroups.get(id) ?? this.matcher.directory.groups.find((x) => x.id === id);
      if (g) groups.push(g);
    }
    return { bodies, groups };
  }
}

function newBody(id: string, name: string): Body {
  return {
    id,
    name,
    abbreviation: null,
    aliases: [],
    kind: 'other',
    level: 'other',
    parentId: null,
    capacity: null,
    validFrom: null,
    validTo: null,
    successorIds: [],
  };
}
