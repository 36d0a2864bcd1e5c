/**
 * Nơi nhận: one recipient per "-" line (a line without a dash continues the one before), with its purpose:
 * để báo cáo (b/c), để thực hiện, để biết, lưu. "Lưu: A, B" keeps two archives.
 */
import type { Recipient } from '../domain/plan';
import { fold, type SourceLine } from './text';

export interface FoundRecipient {
  recipient: Recipient;
  lines: number[];
}

function purposeOf(folded: string): Recipient['purpose'] {
  if (/de (bao cao|b\/c)/.test(folded)) return 'bao-cao';
  if (/de thuc hien/.test(folded)) return 'thuc-hien';
  if (/de biet/.test(folded)) return 'biet';
  if (/^luu\b|\bluu (phong|van phong|vp)/.test(folded)) return 'luu';
  return 'khac';
}

function nameOf(text: string): string {
  return text
    .replace(/\((để|de)[^)]*\)/giu, '')
    .replace(/^[-+•\s]+/, '')
    .replace(/[\s,;.]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function findRecipientsStart(lines: readonly SourceLine[]): number {
  return lines.findIndex((l) => /^noi nhan\b/.test(l.folded));
}

export function readRecipients(lines: readonly SourceLine[], from: number, to: number): FoundRecipient[] {
  const items: { text: string; lines: number[]; parent: string | null }[] = [];
  let parent: string | null = null;
  const head = (lines[from] as SourceLine).clean.replace(/^nơi nhận\s*:?\s*/iu, '');
  const pending = head ? [{ text: head, lines: [from], parent: null }] : [];
  items.push(...pending);
  for (let i = from + 1; i < to; i++) {
    const l = lines[i] as SourceLine;
    if (!l.clean) continue;
    if (l.clean.startsWith('-')) {
      const text = l.clean.slice(1).trim();
      const sub = /^([^:]{2,20}):\s*\+?\s*(.*)$/u.exec(text);
      parent = sub && /^[\p{Lu}]+$/u.test(sub[1] as string) ? (sub[1] as string) : null;
      items.push({ text: sub && parent ? (sub[2] as string) : text, lines: [i], parent });
    } else if (l.clean.startsWith('+')) {
      items.push({ text: l.clean.slice(1).trim(), lines: [i], parent });
    } else if (items.length) {
      const last = items[items.length - 1] as (typeof items)[number];
      last.text = `${last.text} ${l.clean}`;
      last.lines.push(i);
    }
  }
  return items.flatMap((it) => {
    const folded = fold(it.text);
    const purpose = purposeOf(folded);
    const lu = /^lưu\s*:?\s*/iu.exec(it.text);
    const names =
      lu && purpose === 'luu'
        ? it.text.slice(lu[0].length).split(/,\s*/)
        : [it.text.replace(/^lưu\s+/iu, '')];
    return names
      .map((n) => nameOf(n))
      .filter(Boolean)
      .map((n) => ({
        recipient: { name: it.parent ? `${it.parent}: ${n}` : n, bodyId: null, purpose },
        lines: it.lines,
      }));
  });
}
