import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/domain/deadline';

/** Letters only Vietnamese writes (with its tone marks and đ), which English text never has. */
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/iu;
/** The English quotes what the phrase wrote ("thứ Năm", "đầu năm") in curly quotes: those may be Vietnamese. */
const QUOTED = /“[^”]*”/gu;

const WORDS = [
  'quý',
  'IV',
  'V',
  'tháng',
  '13',
  'trước',
  'chậm nhất',
  'ngày',
  'năm',
  '2024',
  '24',
  'hằng năm',
  'hằng tuần',
  'định kỳ',
  'thứ Năm',
  'Chủ nhật',
  '10/4',
  '31/02/2024',
  '11/02/2026',
  '14h00',
  '25h00',
  'từ',
  'đến',
  '-',
  'giai đoạn',
  '2030',
  'và những năm tiếp theo',
  'dự kiến',
  'đầu năm',
  'cuối năm',
  '6 tháng đầu năm',
  'tầm nhìn',
  'Phụ lục',
  'thường xuyên',
  'kỷ niệm',
  'số 12-QĐ/TW, ngày 1/2/2024',
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', '0', '1', '4', '5', '12'];

/** Anything typed into the deadline field: random text, and phrases made of the words deadlines use. */
const phrases = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((words) => words.join(' ')),
  fc
    .tuple(fc.constantFrom(...ROMAN), fc.integer({ min: 0, max: 9999 }))
    .map(([roman, year]) => `quý ${roman}/${year}`),
  fc
    .tuple(
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 0, max: 14 }),
      fc.integer({ min: 0, max: 9999 }),
    )
    .map(([d, m, y]) => `trước ngày ${d}/${m}/${y}`),
);
const planYears = fc.oneof(fc.constant(null), fc.integer({ min: 1900, max: 2200 }));

describe('parseDeadline: every explanation in both languages', () => {
  it('is never empty, and the English is English apart from what it quotes of the phrase', () => {
    fc.assert(
      fc.property(phrases, planYears, (phrase, planYear) => {
        const { vi, en } = parseDeadline(phrase, { planYear }).explanation;
        expect(vi.trim()).not.toBe('');
        expect(en.trim()).not.toBe('');
        expect(en).not.toBe(vi);
        expect(en.replace(QUOTED, '')).not.toMatch(VIETNAMESE);
      }),
      { numRuns: 2000 },
    );
  });
});
