/**
 * Who does a task, read from its text: the lead ("Giao X chủ trì", "X chủ trì, phối hợp với Y", "Đề nghị X …",
 * "X: …", a body opening the sentence), participants ("phối hợp với Y"), adoption ("tham mưu cho Z"), and the
 * report edge ("báo cáo Z (qua W) trước ngày …").
 */
import { looksLikeBody, type BodyRegistry } from './body-match';
import { keyOf, type DirectoryEntry } from './directory';
import type { Span } from './items';
import { fold } from './text';

export interface Assignment {
  lead: DirectoryEntry | null;
  /** How the lead was read: explicit in the text, or a heading's. */
  leadHow: 'giao' | 'chu-tri' | 'de-nghi' | 'heading' | 'subject' | null;
  participants: DirectoryEntry[];
  adoptedBy: DirectoryEntry | null;
  report: { to: DirectoryEntry; via: DirectoryEntry | null; phrase: string | null } | null;
  request: boolean;
  /** The text with a leading "X:" or "Giao X chủ trì," removed. */
  rest: string;
  typo: string | null;
}

const VERBS =
  '(chu tri|chi tri|phoi hop|truc tiep|chi dao|to chuc|xay dung|trien khai|thuc hien|tham muu|huong dan|can cu|cap nhat|cung cap|tuyen truyen|nghien cuu|bao cao|theo doi|kiem tra|ra soat|tiep tuc|tang cuong|day manh|chu dong|nang cao|bam sat|lanh dao|ban hanh|de xuat|dam bao|bao dam|phat huy|tap trung|doi moi|co trach nhiem|bien soan)(?=\\s|,|$)';
const VERB = new RegExp(`\\s${VERBS}`);
const VERB_FIRST = new RegExp(`^\\s*${VERBS}`);

export function startsWithVerb(text: string): boolean {
  return VERB_FIRST.test(fold(text));
}

const VERB_ALL = new RegExp(`\\s${VERBS}`, 'g');

/**
 * The text before the first verb: the subject of "X chủ trì …", "Giao X chỉ đạo …". A verb inside a known
 * name ("Ban Tổ chức Thành ủy", "Ban Xây dựng Đảng") is part of the name, not the verb.
 */
function subjectOf(reg: BodyRegistry, text: string): string {
  const f = fold(text);
  for (const m of ` ${f}`.matchAll(VERB_ALL)) {
    const before = keyOf(text.slice(0, m.index)).length;
    const names = reg.find(text.slice(0, Math.min(text.length, m.index + m[0].length + 60)));
    if (names.some((n) => n.start < before && n.end > before)) continue;
    return text.slice(0, m.index).replace(/[,\s]+$/, '');
  }
  return text.replace(/[,\s]+$/, '');
}

function entriesIn(reg: BodyRegistry, text: string): DirectoryEntry[] {
  return reg.find(text).map((m) => m.entry);
}

/**
 * A heading's assignee: "Ban Tuyên giáo Thành ủy:", "2. Sở Ngoại vụ", "- Hội Nhà báo thành phố: …". Only the
 * phrase: it is resolved (and a new body made) when a task uses it.
 */
export function headingAssignee(reg: BodyRegistry, text: string): { phrase: string; rest: string } | null {
  const colon = text.indexOf(':');
  const head = colon === -1 ? text : text.slice(0, colon);
  const rest = colon === -1 ? '' : text.slice(colon + 1).trim();
  if (head.length > 260 || /[.]\s/.test(head)) return null;
  const folded = fold(head);
  if (/^(doi voi|noi dung|hinh thuc|thoi gian|phan cong|muc dich|yeu cau|giao|de nghi)\b/.test(folded))
    return null;
  const mentions = reg.find(head);
  const stripped = mentions.reduceRight(
    (s, m) => s.slice(0, m.start) + ' '.repeat(m.end - m.start) + s.slice(m.end),
    keyOf(head),
  );
  if (VERB.test(` ${stripped}`)) return null;
  const named = reg.matcher.exact(head) ?? reg.resolve(head, null, false);
  return named || looksLikeBody(head) ? { phrase: head, rest } : null;
}

/** "Giao X …" / "Đề nghị X …" (not "Tuyên giáo", "giao lưu", "giáo dục"). */
const GIAO =
  /^(?:[^.]{0,80}?\s)??(?<!tuyen |ban |ngoai |chuyen )(giao|de nghi)(?! (?:duc|luu|thong|dich|tiep|nhiem vu cho)\b)\s+(cho\s+)?/;
/** A clause that may open a sentence before its subject: "Căn cứ tình hình địa phương, Ban X tham mưu …". */
const OPENING = /^(căn cứ|trên cơ sở|bám sát|để)[^,]{0,160},\s*/iu;

export function readAssignment(reg: BodyRegistry, text: string, span: Span, newSubjects = false): Assignment {
  const out: Assignment = {
    lead: null,
    leadHow: null,
    participants: [],
    adoptedBy: null,
    report: null,
    request: false,
    rest: text,
    typo: null,
  };
  const folded = fold(text);
  if (/^de nghi\s/.test(folded)) out.request = true;
  const typo = /(?<![\p{L}])(chỉ trì)(?![\p{L}])/iu.exec(text);
  if (typo) out.typo = typo[1] as string;
  const giao = GIAO.exec(folded);
  if (giao && (giao[1] === 'de nghi' ? giao.index === 0 && giao[0].length <= 12 : true)) {
    const after = text.slice(giao[0].length);
    const subject = subjectOf(reg, after);
    const entry = subject ? reg.resolve(subject, span, true) : null;
    if (entry) {
      out.lead = entry;
      out.leadHow = giao[1] === 'giao' ? 'giao' : 'de-nghi';
    }
  }
  if (!out.lead) {
    const ct = /^(.{3,200}?)\s+ch[ui] tri\b/.exec(folded);
    if (ct) {
      const entry = reg.resolve(text.slice(0, (ct[1] as string).length), span, true);
      if (entry) {
        out.lead = entry;
        out.leadHow = 'chu-tri';
      }
    }
  }
  if (!out.lead) {
    const h = /^([^:]{3,260}):\s*(\S.*)$/su.exec(text);
    const head = h ? headingAssignee(reg, `${h[1]}:`) : null;
    const entry = head ? reg.resolve(head.phrase, span, true) : null;
    if (h && entry) {
      out.lead = entry;
      out.leadHow = 'heading';
      out.rest = h[2] as string;
    }
  }
  if (!out.lead) {
    const opened = text.replace(OPENING, '');
    const first = reg.find(opened)[0];
    const k = keyOf(opened);
    if (first && first.start === 0 && VERB_FIRST.test(k.slice(first.end))) {
      out.lead = first.entry;
      out.leadHow = 'subject';
    } else if (newSubjects && !first) {
      // where the document assigns work, an unknown body opening the sentence ("UBND các phường căn cứ …")
      const subject = subjectOf(reg, opened);
      const entry =
        subject.length < 100 && subject !== opened && looksLikeBody(subject)
          ? reg.resolve(subject, span, true)
          : null;
      if (entry) {
        out.lead = entry;
        out.leadHow = 'subject';
      }
    }
  }
  out.participants = [...participantsOf(reg, out.rest, span), ...directedOf(reg, out.rest)];
  out.adoptedBy = adoptionOf(reg, out.rest);
  out.report = reportOf(reg, out.rest);
  return out;
}

const GENERIC =
  /^(cac )?(co quan|don vi|dia phuong|nganh|to chuc|cap|ban|so)( (co )?lien quan| thanh vien| chuc nang)?$|lien quan/;

/** "phối hợp (chặt chẽ) với Y, Z" up to the next verb or clause end. */
function participantsOf(reg: BodyRegistry, text: string, span: Span): DirectoryEntry[] {
  const found: DirectoryEntry[] = [];
  const f = fold(text);
  for (const m of f.matchAll(/phoi hop(?: chat che)?(?: voi)?\s+/g)) {
    const from = m.index + m[0].length;
    const clause = text.slice(from).split(/[;.:]/)[0] as string;
    const list = subjectOf(reg, clause);
    const named = entriesIn(reg, list);
    // an unknown body named after "phối hợp với" is a new one; "các cơ quan …", "… liên quan" are no body
    const fresh = named.length
      ? []
      : list
          .split(/[,;]\s*/)
          .filter((p) => looksLikeBody(p) && !GENERIC.test(keyOf(p)) && !/^cac /.test(keyOf(p)))
          .map((p) => reg.resolve(p, span, true))
          .filter((e): e is DirectoryEntry => !!e);
    for (const e of [...named, ...fresh]) if (!found.some((x) => x.id === e.id)) found.push(e);
  }
  return found;
}

/** "Chỉ đạo(, hướng dẫn) G …" where G is a known group of subordinates: each member takes part. */
function directedOf(reg: BodyRegistry, text: string): DirectoryEntry[] {
  const m = /^chi dao(?:, huong dan)?\s+/.exec(fold(text));
  if (!m) return [];
  const first = reg.find(text.slice(m[0].length))[0];
  return first && first.start <= 1 && first.entry.group ? [first.entry] : [];
}

/** "tham mưu (cho|giúp) Z": Z adopts the lead's draft. */
function adoptionOf(reg: BodyRegistry, text: string): DirectoryEntry | null {
  const f = fold(text);
  const m = /tham muu(?:,)?(?: cho| giup)?\s+/.exec(f);
  if (!m) return null;
  const after = text.slice(m.index + m[0].length);
  const first = reg.find(after)[0];
  return first && first.start <= 1 ? first.entry : null;
}

/** "báo cáo (kết quả …) (với|về|gửi) Z (qua W) trước ngày …". */
function reportOf(reg: BodyRegistry, text: string): Assignment['report'] {
  const f = fold(text);
  const m = /bao cao(?! vien)/.exec(f);
  if (!m) return null;
  const tail = text.slice(m.index, m.index + 260).split(/[;.](?:\s|$)/)[0] as string;
  const viaAt = fold(tail).search(/\(?\s*qua\s/);
  const toPart = viaAt === -1 ? tail : tail.slice(0, viaAt);
  const tos = reg.find(toPart);
  const to = tos[tos.length - 1];
  if (!to) return null;
  const via = viaAt === -1 ? null : (reg.find(tail.slice(viaAt))[0]?.entry ?? null);
  const when = /((?:\*\*)?(?:trước|chậm nhất)\s+ngày\s+[\d/.-]+(?:\*\*)?)/iu.exec(tail);
  return { to: to.entry, via, phrase: when ? (when[1] as string) : null };
}
