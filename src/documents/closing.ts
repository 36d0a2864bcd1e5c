/**
 * The end of a document: recipients (with the bodies they name), signature blocks (with the body each signs
 * for) and the validity clause ("có hiệu lực kể từ ngày ký, có giá trị trong năm 2025").
 */
import { parseDeadline } from '../domain/deadline';
import type { Recipient } from '../domain/plan';
import type { BodyRegistry } from './body-match';
import { lineSpan, type Sink } from './items';
import { findRecipientsStart, readRecipients } from './recipients';
import { readSigners, type FoundSigner } from './signers';
import { fold, type SourceLine } from './text';
import { WORDS } from './words';

export interface Closing {
  recipients: Recipient[];
  signers: FoundSigner[];
  /** First line of the closing part (recipients or signature), where the body ends. */
  start: number;
}

export function readClosing(
  c: Sink,
  reg: BodyRegistry,
  lines: readonly SourceLine[],
  bodyStart: number,
): Closing {
  const at = findRecipientsStart(lines);
  const signers = readSigners(lines, bodyStart);
  const start = Math.min(at === -1 ? lines.length : at, signers[0]?.lines[0] ?? lines.length);
  const end = signers.find((s) => (s.lines[0] as number) > at)?.lines[0] ?? lines.length;
  const found = at === -1 ? [] : readRecipients(lines, at, end);
  for (const r of found) {
    const e = reg.matcher.exact(r.recipient.name);
    if (e && !e.group) r.recipient.bodyId = reg.use(e.id);
    const span = lineSpan(lines, r.lines[0] as number, r.lines[r.lines.length - 1] as number);
    c.items.push({ field: 'recipient', value: r.recipient.name, span, confidence: 0.85 });
  }
  if (!signers.length) c.warnings.push({ code: 'no-signature', message: WORDS.noSignature, span: null });
  for (const s of signers) {
    const span = lineSpan(lines, Math.min(...s.lines), Math.max(...s.lines));
    c.items.push({ field: 'signer', value: s.name ?? s.capacity, span, confidence: s.name ? 0.9 : 0.5 });
  }
  return { recipients: found.map((r) => r.recipient), signers, start };
}

/** The body a signature block signs for: the issuer (or its board) its capacity names, else the first issuer. */
export function signerBody(reg: BodyRegistry, capacity: string, issuerIds: string[]): string | null {
  const rest = fold(capacity.replace(/^\S+\s*/, ''));
  const dir = reg.matcher.directory.bodies;
  const candidates = dir.filter(
    (b) =>
      issuerIds.includes(b.id) ||
      (b.parentId && issuerIds.includes(b.parentId)) ||
      issuerIds.some((i) => dir.find((x) => x.id === i)?.parentId === b.id),
  );
  const hit = candidates.find((b) => rest && fold(b.name).startsWith(rest));
  return hit ? reg.use(hit.id) : (issuerIds[0] ?? null);
}

export function readValidity(lines: readonly SourceLine[], planYear: number | null) {
  const at = lines.findIndex((l) => /co hieu luc/.test(l.folded));
  const phrase =
    at === -1
      ? null
      : (/((?:có hiệu lực|có giá trị)[^.]*)/iu.exec((lines[at] as SourceLine).clean)?.[1] ?? null);
  return { from: null, to: phrase ? parseDeadline(phrase, { planYear }).due : null, phrase };
}
