/**
 * The basis (căn cứ) of a plan: the references in its title and opening lines, and any later citation of the
 * same document with another date or term (flagged as a conflict, never fixed).
 */
import { bareDocumentRef, type DocumentRef } from '../domain/plan';
import { conflicts, findRefs, sameRef } from './basis';
import { isBasisStart } from './header';
import type { Sink } from './items';
import { WORDS } from './words';

export function readBasis(c: Sink, title: string, introLines: number[], bodyLines: number[]): DocumentRef[] {
  const refs: DocumentRef[] = [];
  const add = (r: DocumentRef, line: number | null) => {
    if (refs.some((x) => sameRef(x, r))) return;
    const clash = refs.find((x) => conflicts(x, r));
    if (clash) {
      const detail = (d: DocumentRef) => [d.date, d.term && `khóa ${d.term}`].filter(Boolean).join(', ');
      c.warnings.push({
        code: 'citation-conflict',
        message: WORDS.citationConflict(`${r.number}-${r.type}/${r.issuer}`, detail(clash), detail(r)),
        span: line === null ? null : c.spanOf(line),
      });
    }
    refs.push(r);
    if (line !== null) c.items.push({ field: 'basis', value: r.raw, span: c.spanOf(line), confidence: 0.9 });
  };
  for (const f of findRefs(title)) add(f.ref, null);
  for (const i of introLines) {
    const l = c.lines[i] as Sink['lines'][number];
    const found = findRefs(l.clean);
    for (const f of found) add(f.ref, i);
    const bare = /^[-+•]?\s*căn cứ\s+(.+?)[;.]?$/iu.exec(l.clean);
    if (!found.length && bare && isBasisStart(l.clean)) {
      add(bareDocumentRef(bare[1] as string), i);
    }
  }
  for (const i of bodyLines) {
    for (const f of findRefs((c.lines[i] as Sink['lines'][number]).clean)) {
      if (refs.some((x) => conflicts(x, f.ref)) && !refs.some((x) => sameRef(x, f.ref))) add(f.ref, i);
    }
  }
  return refs;
}
