/**
 * Signature blocks: a capacity ("T/M BAN THƯỜNG VỤ", "K/T TRƯỞNG BAN"; State "TM.", "KT.", "TL.", "TUQ."),
 * a title ("PHÓ BÍ THƯ") and a name. A bilateral programme has two.
 */
import type { SourceLine } from './text';

export interface FoundSigner {
  capacity: string;
  title: string | null;
  name: string | null;
  lines: number[];
}

const CAPACITY = /^(T\/M|K\/T|T\/L|Q\.|TM\.|KT\.|TL\.|TUQ\.)\s*\S/u;
const PERSON = /^(\p{Lu}[\p{Ll}]*\s){1,5}\p{Lu}[\p{Ll}]*$/u;

export function readSigners(lines: readonly SourceLine[], from: number): FoundSigner[] {
  const found: FoundSigner[] = [];
  for (let i = from; i < lines.length; i++) {
    const l = lines[i] as SourceLine;
    if (!CAPACITY.test(l.clean)) continue;
    const after = lines.slice(i + 1, i + 8).filter((x) => x.clean !== '');
    const title = after[0] && after[0].clean === after[0].clean.toUpperCase() ? after[0] : null;
    const rest = title ? after.slice(1) : after;
    const name = rest[0] && PERSON.test(rest[0].clean) ? rest[0] : null;
    found.push({
      capacity: l.clean,
      title: title?.clean ?? null,
      name: name?.clean ?? null,
      lines: [i, ...(title ? [title.number - 1] : []), ...(name ? [name.number - 1] : [])],
    });
  }
  return found;
}
