/**
 * The document's header: kind (tên loại), Party or State format, place and date, title (trích yếu), and where the
 * header ends. Notes written above the header and an incoming stamp inside it are recognised and skipped.
 */
import { isValidDate, toIso } from '../domain/date';
import { LABELS } from '../domain/labels';
import type { PlanKind } from '../domain/plan';
import type { SourceLine } from './text';

const KINDS: [RegExp, PlanKind][] = [
  [/^chuong trinh hanh dong\b/, 'chuong-trinh-hanh-dong'],
  [/^chuong trinh phoi hop\b/, 'chuong-trinh-phoi-hop'],
  [/^chuong trinh\b/, 'chuong-trinh'],
  [/^ke hoach\b/, 'ke-hoach'],
  [/^huong dan\b/, 'huong-dan'],
  [/^de an\b/, 'de-an'],
];

export interface KindLine {
  kind: PlanKind;
  line: number;
  /** Length of the kind words at the start of the line's clean text. */
  length: number;
}

function isUpper(s: string): boolean {
  return s === s.toUpperCase() && /\p{Lu}/u.test(s);
}

/** The first line that opens with a kind written in capitals ("KẾ HOẠCH", "HƯỚNG DẪN tuyên truyền…"). */
export function findKind(lines: readonly SourceLine[], upTo: number): KindLine | null {
  for (let i = 0; i < upTo; i++) {
    const l = lines[i] as SourceLine;
    for (const [re, kind] of KINDS) {
      const m = re.exec(l.folded);
      if (!m) continue;
      const length = m[0].length;
      if (!isUpper(l.clean.slice(0, length))) continue;
      if (kind === 'chuong-trinh') {
        const next = lines.slice(i + 1, upTo).find((n) => n.clean !== '');
        if (next && /^phoi hop\b/.test(next.folded))
          return { kind: 'chuong-trinh-phoi-hop', line: i, length };
      }
      return { kind, line: i, length };
    }
  }
  return null;
}

/** Index of the first line of the body: section "I." (or the end). */
export function findBodyStart(lines: readonly SourceLine[]): number {
  const i = lines.findIndex((l) => /^I\s*[.:]\s+\S/u.test(l.clean));
  return i === -1 ? lines.length : i;
}

export function findFormat(lines: readonly SourceLine[], upTo: number): 'party' | 'state' | null {
  for (const l of lines.slice(0, upTo)) {
    if (/dang cong san viet nam/.test(l.folded)) return 'party';
    if (/cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc/.test(l.folded))
      return 'state';
  }
  return null;
}

export interface PlaceDate {
  place: string;
  date: string;
  lines: [number, number];
}

const PLACE_DATE =
  /([\p{Lu}][\p{L}]*(?:\s[\p{Lu}][\p{L}]*){0,4})\s*,\s*ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/u;

/** "Hải Phòng, ngày 02 tháng 02 năm 2024", perhaps split over two lines. */
export function findPlaceDate(lines: readonly SourceLine[], upTo: number): PlaceDate | null {
  for (let i = 0; i < upTo; i++) {
    const here = (lines[i] as SourceLine).clean;
    if (!/ngày/u.test(here)) continue;
    const nexts = lines.slice(i + 1, Math.min(upTo, i + 4)).filter((l) => l.clean !== '');
    const joined = [here, ...nexts.slice(0, 2).map((l) => l.clean)].join(' ');
    const m = PLACE_DATE.exec(joined);
    if (!m || m.index !== 0) continue;
    const [d, mo, y] = [Number(m[2]), Number(m[3]), Number(m[4])];
    if (!isValidDate(y, mo, d)) continue;
    const endsAt = m.index + m[0].length <= here.length ? i : (nexts[0]?.number ?? i + 1) - 1;
    return { place: (m[1] as string).trim(), date: toIso(y, mo, d), lines: [i, endsAt] };
  }
  return null;
}

/** "Căn cứ …", "- Căn cứ …", "Thực hiện …" opening a line (a title's "thực hiện …" is lower case). */
export function isBasisStart(clean: string): boolean {
  return /^[-+•]?\s*(Căn cứ|CĂN CỨ|Thực hiện|THỰC HIỆN|Theo)\s/u.test(clean);
}

export interface TitleLines {
  text: string;
  lines: number[];
}

/**
 * The title: the kind line's rest and the lines after it, up to the basis, a rule, a table or the body. Stamp
 * lines (`skip`) are stepped over; "Chuyển:" opening a line is the stamp's, the rest of that line the title's.
 */
export function findTitle(
  lines: readonly SourceLine[],
  kind: KindLine,
  upTo: number,
  skip: ReadonlySet<number>,
  caseOf: (line: string) => string,
): TitleLines {
  const first = lines[kind.line] as SourceLine;
  const label = LABELS.vi.planKinds[kind.kind];
  const parts: string[] = [];
  const used: number[] = [kind.line];
  const firstRest = first.clean.slice(kind.length).trim();
  if (firstRest) parts.push(caseOf(firstRest));
  let body = 0;
  for (let i = kind.line + 1; i < upTo; i++) {
    const l = lines[i] as SourceLine;
    if (skip.has(i) || l.clean === '') continue;
    if (isBasisStart(l.clean) || /^[-_=*]{3,}$/.test(l.raw) || l.raw.startsWith('|')) break;
    if (/^s[oố]\s*:?\s*\d/iu.test(l.clean) || /^\p{Lu}[\p{L} ]{1,30},\s*ngày\s*\d/u.test(l.clean)) break;
    if (body > 0 && l.clean.length > 200) break;
    const text = l.clean.replace(/^chuyển\s*:\s*/iu, '');
    if (!text) continue;
    parts.push(caseOf(text));
    used.push(i);
    body++;
  }
  const rest = parts.join(' ').replace(/\s+/g, ' ').trim();
  const words = first.clean.slice(0, kind.length).toLowerCase();
  const head = `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
  const text = rest ? `${head} ${rest.charAt(0).toLowerCase()}${rest.slice(1)}` : label;
  return { text: text.replace(/\s+([,.;:])/g, '$1'), lines: used };
}
