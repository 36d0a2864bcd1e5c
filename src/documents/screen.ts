/**
 * Texts that cannot give a plan, refused with the reason: empty, binary, in another language, or not a plan at
 * all (no kind, no section, no task). Anything else gives a draft, with warnings for what is missing.
 */
import type { Localized } from '../domain/localized';
import type { ImportResult } from './draft';
import { fold } from './text';

export type RefusalCode = 'empty' | 'binary' | 'language' | 'not-a-plan' | 'corrupt-docx' | 'too-large';

export interface Refusal {
  code: RefusalCode;
  message: Localized;
}

export const MAX_CHARS = 6_000_000;

const REASONS: Record<RefusalCode, Localized> = {
  empty: { vi: 'Văn bản trống: không có chữ nào để đọc.', en: 'The text is empty: nothing to read.' },
  binary: {
    vi: 'Tệp không phải văn bản (dữ liệu nhị phân); hãy mở tệp .txt hoặc .docx.',
    en: 'The file is not text (binary data); open a .txt or .docx file.',
  },
  language: {
    vi: 'Văn bản không phải tiếng Việt; chỉ đọc được kế hoạch, chương trình, hướng dẫn bằng tiếng Việt.',
    en: 'The text is not in Vietnamese; only Vietnamese plans, programmes and guidance can be read.',
  },
  'not-a-plan': {
    vi: 'Văn bản không phải kế hoạch: không có tên loại (Kế hoạch, Chương trình, Hướng dẫn…), không có mục I, II… và không có nhiệm vụ được giao.',
    en: 'The text is not a plan: no kind (Kế hoạch, Chương trình, Hướng dẫn…), no sections I, II… and no assigned task.',
  },
  'corrupt-docx': {
    vi: 'Tệp .docx bị hỏng hoặc không phải tệp Word: không mở được.',
    en: 'The .docx file is damaged or not a Word file: it cannot be opened.',
  },
  'too-large': {
    vi: 'Văn bản quá lớn (hơn 6 triệu ký tự); hãy tách thành nhiều tệp.',
    en: 'The text is too large (over 6 million characters); split it into several files.',
  },
};

export function refusal(code: RefusalCode): Refusal {
  return { code, message: REASONS[code] };
}

const VIETNAMESE_WORDS = new Set(
  'cua va cac thuc hien nhiem vu ke hoach chuong trinh to chuc trien khai ban thanh uy nhan dan nam ngay thang de nghi tuyen truyen chu tri phoi hop voi trong nhung duoc cho theo ve la co'.split(
    ' ',
  ),
);

/** Refuses a text before reading it: empty, binary, too large or not Vietnamese. */
export function screenText(text: string): Refusal | null {
  if (text.length > MAX_CHARS) return refusal('too-large');
  if (text.trim() === '') return refusal('empty');
  const sample = text.slice(0, 20_000);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 9 || (code > 13 && code < 32) || code === 0xfffd) control++;
  }
  if (control / sample.length > 0.02) return refusal('binary');
  const words = fold(sample)
    .split(/[^a-z]+/)
    .filter(Boolean);
  const known = words.filter((w) => VIETNAMESE_WORDS.has(w)).length;
  if (words.length >= 5 && known / words.length < 0.08) return refusal('language');
  return null;
}

/** Refuses a draft that found nothing of a plan. */
export function screenDraft(result: ImportResult): Refusal | null {
  const codes = new Set(result.warnings.map((w) => w.code));
  const nothing = codes.has('no-kind') && result.plan.sections.length === 0 && result.plan.tasks.length === 0;
  return nothing ? refusal('not-a-plan') : null;
}
