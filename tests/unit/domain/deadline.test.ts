import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, formatDateVi, lastDayOfMonth, toIso, weekdayOf } from '../../../src/domain/date';
import { parseDeadline, type ParsedDeadline } from '../../../src/domain/deadline';

/** Every field but phrase and explanation, with the defaults of "no such information". */
type Expected = Omit<ParsedDeadline, 'phrase' | 'explanation'>;
const NONE: Expected = {
  kind: 'unknown',
  due: null,
  start: null,
  time: null,
  precision: null,
  tentative: false,
  recurrence: null,
  openEnd: false,
  weekday: null,
};
const ongoing: Partial<Expected> = { kind: 'ongoing' };
const horizon: Partial<Expected> = { kind: 'not-a-deadline' };
const periodic: Partial<Expected> = { kind: 'recurring', recurrence: 'periodic' };
const annual: Partial<Expected> = { kind: 'recurring', recurrence: 'annual' };
const quarter = (start: string, due: string, tentative = false): Partial<Expected> => ({
  kind: 'due',
  start,
  due,
  precision: 'quarter',
  tentative,
});
const month = (start: string, due: string, tentative = false): Partial<Expected> => ({
  kind: 'due',
  start,
  due,
  precision: 'month',
  tentative,
});
const year = (y: number): Partial<Expected> => ({
  kind: 'due',
  start: `${y}-01-01`,
  due: `${y}-12-31`,
  precision: 'year',
});
const period = (a: number, b: number): Partial<Expected> => ({
  kind: 'window',
  start: `${a}-01-01`,
  due: `${b}-12-31`,
  precision: 'period',
});
const day = (due: string): Partial<Expected> => ({ kind: 'due', due, precision: 'day' });

function check(phrase: string, planYear: number | null, expected: Partial<Expected>): ParsedDeadline {
  const parsed = parseDeadline(phrase, { planYear });
  const { phrase: kept, explanation, ...rest } = parsed;
  expect(kept).toBe(phrase);
  expect(explanation.vi.length).toBeGreaterThan(0);
  expect(explanation.en.length).toBeGreaterThan(0);
  expect(rest).toEqual({ ...NONE, ...expected });
  return parsed;
}

/** Seed 001's conference on Wednesday 11/02/2026 at 14:00, with the weekday written as `weekday`. */
function checkSeed001Event(weekday: string, matches: boolean): ParsedDeadline {
  return check(`Từ 14h00, ngày 11/02/2026 (${weekday})`, null, {
    kind: 'event',
    due: '2026-02-11',
    start: '2026-02-11',
    time: '14:00',
    precision: 'day',
    weekday: { written: weekday, matches },
  });
}

type SeedCase = [seed: string, phrase: string, expected: Partial<Expected>];

const SEED_FILES: Record<string, string> = {
  '000': '000_8d00d984ac6fa76b.txt',
  '001': '001_fe09ffdeaefaf820.txt',
  '002': '002_4d9905f3116d59b1.txt',
  '003': '003_c81e2607254c46bf.txt',
  '004': '004_dc9ebfa9b852a770.txt',
};
/** The plan year of each seed (000: "có giá trị trong năm 2025"; 001: events in 2026; 002-004: 2024). */
const PLAN_YEAR: Record<string, number> = { '000': 2025, '001': 2026, '002': 2024, '003': 2024, '004': 2024 };

/**
 * Deadline phrases quoted exactly as they occur in the five seeds. Seed 003 is stored with decomposed (NFD and
 * mixed) Vietnamese diacritics, and its quotes below keep those bytes: they look the same but are not NFC.
 */
const SEED_CASES: SeedCase[] = [
  ['000', 'Chương trình phối hợp công tác có hiệu lực kể từ ngày ký, có giá trị trong năm 2025.', year(2025)],
  ['000', 'mục tiêu, nhiệm vụ, giải pháp năm 2025', year(2025)],
  ['000', 'đến năm 2030, tầm nhìn đến năm 2045', horizon],
  ['000', 'nhiệm kỳ 2020 – 2025', period(2020, 2025)],
  [
    '000',
    '(Tạp chí Cộng sản ra ngày 01 và ngày 15 hàng tháng, Tạp chí Cộng sản điện tử, Chuyên san Hồ sơ sự kiện...)',
    periodic,
  ],

  // citations: the issue date of a cited document is not a deadline
  ['000', 'Quyết định số 213-QĐ/TW, ngày 28 tháng 12 năm 2024 của Bộ Chính trị', { kind: 'unknown' }],
  [
    '000',
    'Nghị quyết số 30-NQ/TW ngày 23/11/2022 của Bộ Chính trị về phát triển vùng Đồng bằng sông Hồng đến năm 2030, tầm nhìn đến năm 2045',
    horizon,
  ],

  [
    '001',
    'giai đoạn 2026 - 2030 và những năm tiếp theo',
    { kind: 'window', start: '2026-01-01', precision: 'period', openEnd: true },
  ],
  [
    '001',
    '- Thời gian: Từ 14h00, ngày **11/02/2026** (thứ Tư).',
    {
      kind: 'event',
      due: '2026-02-11',
      start: '2026-02-11',
      time: '14:00',
      precision: 'day',
      weekday: { written: 'thứ Tư', matches: true },
    },
  ],
  [
    '001',
    '- Dự kiến thời gian tổ chức: Trong quý I năm 2026 (Có văn bản tổ chức Hội nghị riêng).',
    quarter('2026-01-01', '2026-03-31', true),
  ],
  ['001', 'Thời gian: Tiến hành thường xuyên.', ongoing],
  ['001', 'Đưa nội dung Đề án và Nghị quyết vào các buổi sinh hoạt chi bộ định kỳ', periodic],
  ['001', 'nhiệm kỳ 2025-2030', period(2025, 2030)],

  [
    '001',
    'Thực hiện Hướng dẫn số 20-HD/BTGDVTU, ngày 27/01/2025 của Ban Tuyên giáo và Dân vận Thành ủy',
    { kind: 'unknown' },
  ],

  ['002', 'Thời gian hoàn thành: Tháng 01/2024.', month('2024-01-01', '2024-01-31')],
  ['002', '(qua Ban Tuyên giáo Thành ủy) **trước ngày 10/4/2024**.', day('2024-04-09')],
  ['002', '2.3. Thời gian thực hiện: trước ngày 19/5/2024.', day('2024-05-18')],
  ['002', '3.1.3. Thời gian thực hiện: Dự kiến tháng 9/2024.', month('2024-09-01', '2024-09-30', true)],
  ['002', '3.2.3. *Thời gian thực hiện: Dự kiến tháng 12/2024.*', month('2024-12-01', '2024-12-31', true)],
  ['002', '3.3.3. *Thời gian thực hiện: Dự kiến tháng 10/2024.*', month('2024-10-01', '2024-10-31', true)],
  ['002', '3.4.3. Thời gian thực hiện: **Dự kiến tháng 3/2024.**', month('2024-03-01', '2024-03-31', true)],
  ['002', '(22/12/1944 - 22/12/2024)', horizon],
  ['002', '(22/12/1989 - 22/12/2024)', horizon],
  ['002', '(13/10/2004 - 13/10/2024)', horizon],
  ['002', '(31/3/1959 - 31/3/2024)', horizon],
  ['002', '(01/4/1959 - 01/4/2024)', horizon],
  ['002', 'nhân kỷ niệm 55 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (1969-2024)', horizon],
  ['002', 'cuối năm báo cáo kết quả thực hiện với chi bộ.', year(2024)],
  [
    '002',
    'vào sinh hoạt chi bộ định kỳ trong năm 2024.',
    { ...periodic, start: '2024-01-01', due: '2024-12-31', precision: 'year' },
  ],
  ['002', 'thường xuyên báo cáo Thường trực Thành ủy, Ban Thường vụ Thành ủy để chỉ đạo kịp thời.', ongoing],
  ['002', 'đợt 2, giai đoạn 2023 - 2025', period(2023, 2025)],
  ['002', 'Hồ Chí Minh” năm 2024', year(2024)],
  ['002', 'Chuyên đề năm 2024', year(2024)],
  ['002', 'đến năm 2030, tầm nhìn đến năm 2045', horizon],
  ['002', 'nhiệm kỳ 2020 - 2025', period(2020, 2025)],

  ['003', '(hoàn thành trong quý I/2024)', quarter('2024-01-01', '2024-03-31')],
  ['003', '(hoàn thành trong quý I/2026)', quarter('2026-01-01', '2026-03-31')],
  ['003', '(hoàn thành trong quý II/2026)', quarter('2026-04-01', '2026-06-30')],
  [
    '003',
    'trên địa bàn thành phố đến năm 2030 (hoàn thành trong quý II/2026)',
    quarter('2026-04-01', '2026-06-30'),
  ],
  ['003', '(thực hiện thường xuyên)', ongoing],
  ['003', '(cụ thể tại Phụ lục)', { kind: 'unknown' }],
  ['003', 'Chương trình giám sát, phản biện xã hội hằng năm', annual],
  ['003', 'kế hoạch giám sát hằng năm (thực hiện thường xuyên)', ongoing],
  [
    '003',
    'định kỳ tham mưu cho Ban Thường vụ Thành ủy tổ chức kiểm tra, giám sát, sơ kết, tổng kết theo quy định',
    periodic,
  ],
  ['003', 'Thường xuyên theo dõi, đôn đốc, kiểm tra, giám sát; định kỳ tiến hành sơ kết, tổng kết', ongoing],
  ['003', 'đến năm 2030, tầm nhìn đến năm 2045', horizon],
  ['003', 'đến năm 2030, định hướng đến năm 2045', horizon],
  ['003', 'giai đoạn 2021 - 2030', period(2021, 2030)],

  [
    '003',
    'Nghị quyết số 76/NQ-CP, ngày 15/7/2021 của Chính phủ ban hành chương trình cải cách hành chính nhà nước giai đoạn 2021 - 2030',
    period(2021, 2030),
  ],

  ['004', 'nhiệm vụ, giải pháp năm 2024', year(2024)],
  ['004', 'phát động phong trào thi đua yêu nước năm 2024.', year(2024)],
  ['004', 'năm 2023 - 2024', period(2023, 2024)],
  ['004', 'giai đoạn 2021 - 2025', period(2021, 2025)],
  ['004', 'nhiệm kỳ 2020 - 2025', period(2020, 2025)],
  ['004', 'đến năm 2040, tầm nhìn đến năm 2050', horizon],
  ['004', 'thời kỳ 2021-2030, tầm nhìn đến năm 2050', horizon],
  ['004', 'Hội nghị cung cấp thông tin và giao báo chí định kỳ.', periodic],
  ['004', 'Thường xuyên rà quét, tổng hợp thông tin về thành phố trên báo chí, mạng xã hội', ongoing],
];

describe('parseDeadline: phrases from the five seeds', () => {
  it.each(SEED_CASES)('%s: %s', (seed, phrase, expected) => {
    check(phrase, PLAN_YEAR[seed] ?? null, expected);
  });

  it('keeps the decomposed diacritics of seed 003 in `phrase`', () => {
    const quotes = SEED_CASES.filter(([s]) => s === '003').map(([, phrase]) => phrase);
    const decomposed = quotes.filter((phrase) => phrase.normalize('NFC') !== phrase);
    expect(decomposed.length).toBeGreaterThanOrEqual(8);
    for (const phrase of decomposed) expect(parseDeadline(phrase, { planYear: 2024 }).phrase).toBe(phrase);
  });

  const seeds = new URL('../../data/seeds/', import.meta.url);
  it('quotes every seed phrase exactly as the seed writes it', () => {
    for (const [seed, phrase] of SEED_CASES) {
      const text = readFileSync(new URL(SEED_FILES[seed] ?? '', seeds), 'utf8');
      expect(text.includes(phrase), `${seed}: ${phrase}`).toBe(true);
    }
  });
});

describe('parseDeadline: the table of domain.md', () => {
  it('quarters, Roman or Arabic: due the last day of the quarter', () => {
    check('hoàn thành trong quý I/2024', 2024, quarter('2024-01-01', '2024-03-31'));
    check('Trong quý I năm 2026', 2026, quarter('2026-01-01', '2026-03-31'));
    check('quý 2/2024', null, quarter('2024-04-01', '2024-06-30'));
    check('Quý III-2024', null, quarter('2024-07-01', '2024-09-30'));
    check('quý IV năm 2024', null, quarter('2024-10-01', '2024-12-31'));
    expect(parseDeadline('hoàn thành trong quý I/2024', { planYear: null }).explanation.vi).toBe(
      'Hạn chót 31/03/2024 (hết quý I/2024)',
    );
  });

  it('months: due the last day of the month', () => {
    check('Tháng 01/2024', null, month('2024-01-01', '2024-01-31'));
    check('trong tháng 12/2020', null, month('2020-12-01', '2020-12-31'));
    check('tháng 9 năm 2024', null, month('2024-09-01', '2024-09-30'));
    check('tháng 2/2024', null, month('2024-02-01', '2024-02-29'));
    check('tháng 2/2023', null, month('2023-02-01', '2023-02-28'));
  });

  it('"Dự kiến" is tentative', () => {
    const parsed = check('Dự kiến tháng 9/2024', null, month('2024-09-01', '2024-09-30', true));
    expect(parsed.explanation.vi).toContain('dự kiến');
  });

  it('"trước ngày" is exclusive, "chậm nhất" inclusive', () => {
    const before = check('trước ngày 10/4/2024', null, day('2024-04-09'));
    expect(before.explanation.vi).toBe('Hạn chót 09/04/2024 (trước ngày 10/04/2024)');
    check('chậm nhất ngày 14/5/2021', null, day('2021-05-14'));
    check('trước hoặc chậm nhất ngày 14/5/2021', null, day('2021-05-14'));
    check('trước ngày 01/01/2025', null, day('2024-12-31'));
    check('trước ngày 01/03/2024', null, day('2024-02-29'));
  });

  it('an event with a time and a weekday checked on the calendar', () => {
    const parsed = checkSeed001Event('thứ Tư', true);
    expect(parsed.explanation.vi).toContain('11/02/2026');
  });

  it('years: "năm 2024", "trong năm 2024", "cuối năm" (the plan year)', () => {
    check('năm 2024', null, year(2024));
    check('trong năm 2024', null, year(2024));
    check('cuối năm', 2024, year(2024));
    check('Cuối năm 2025', 2024, year(2025));
  });

  it('half-years', () => {
    check('6 tháng đầu năm 2024', null, {
      kind: 'due',
      start: '2024-01-01',
      due: '2024-06-30',
      precision: 'half-year',
    });
    check('6 tháng cuối năm', 2024, {
      kind: 'due',
      start: '2024-07-01',
      due: '2024-12-31',
      precision: 'half-year',
    });
    check('6 tháng đầu năm', null, { kind: 'unknown' });
  });

  it('ongoing duties have no due date', () => {
    const parsed = check('thực hiện thường xuyên', 2024, ongoing);
    expect(parsed.explanation.vi).toBe(
      'Thực hiện thường xuyên: không có hạn cố định, đánh giá qua báo cáo định kỳ',
    );
    check('Tiến hành thường xuyên', 2024, ongoing);
  });

  it('recurring: "hằng năm" / "hàng năm" annual, "định kỳ" periodic', () => {
    check('hằng năm', 2024, annual);
    check('hàng năm', 2024, annual);
    check('Hàng Năm', 2024, annual);
    check('định kỳ', 2024, periodic);
    check('báo cáo trước ngày 15/12 hằng năm', 2024, { ...annual, due: '2024-12-14', precision: 'day' });
  });

  it('periods, open-ended periods', () => {
    check('giai đoạn 2026 - 2030', null, period(2026, 2030));
    check('giai đoạn 2026 - 2030 (và những năm tiếp theo)', null, {
      kind: 'window',
      start: '2026-01-01',
      precision: 'period',
      openEnd: true,
    });
    check('(và những năm tiếp theo)', null, { kind: 'window', precision: 'period', openEnd: true });
    check('giai đoạn 2030 - 2026', null, { kind: 'unknown' });
  });

  it('policy horizons and anniversary spans are not deadlines', () => {
    check('đến năm 2030, tầm nhìn đến năm 2045', 2024, horizon);
    const span = check('(22/12/1944 - 22/12/2024)', 2024, horizon);
    expect(span.explanation.vi).toContain('22/12/2024');
  });

  it('an appendix not in the text, or an unreadable phrase, is unknown with an explanation', () => {
    check('(cụ thể tại Phụ lục)', 2024, { kind: 'unknown' });
    check('theo tiến độ tại phụ lục kèm theo', 2024, { kind: 'unknown' });
    const blah = check('sớm nhất có thể', 2024, { kind: 'unknown' });
    expect(blah.explanation.vi).toMatch(/Không nhận ra/);
    check('', 2024, { kind: 'unknown' });
  });
});

describe('parseDeadline: date forms and Unicode', () => {
  it('reads dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy and "ngày dd tháng mm năm yyyy" over lines', () => {
    for (const phrase of [
      'chậm nhất ngày 14/05/2021',
      'chậm nhất ngày 14/5/2021',
      'chậm nhất ngày 14-05-2021',
      'chậm nhất ngày 14 tháng 5 năm 2021',
      'chậm nhất\nngày 14 tháng 05\n  năm   2021',
      'chậm nhất **ngày 14/5/2021**',
    ]) {
      check(phrase, null, day('2021-05-14'));
    }
  });

  it('is case-insensitive and accepts composed or decomposed text', () => {
    const nfc = 'Hoàn thành trong quý II/2024';
    for (const phrase of [nfc, nfc.normalize('NFD'), nfc.toUpperCase(), nfc.toUpperCase().normalize('NFD')]) {
      check(phrase, null, quarter('2024-04-01', '2024-06-30'));
    }
    check('THỰC HIỆN THƯỜNG XUYÊN'.normalize('NFD'), null, ongoing);
    check('hằng năm'.normalize('NFD'), null, annual);
    check('TRƯỚC NGÀY 10/4/2024', null, day('2024-04-09'));
  });

  it('takes the plan year for a date without a year, and refuses without one', () => {
    const withYear = check('trước ngày 10/4', 2024, day('2024-04-09'));
    expect(withYear.explanation.vi).toContain('năm của kế hoạch');
    const without = check('trước ngày 10/4', null, { kind: 'unknown' });
    expect(without.explanation.vi).toContain('không ghi năm');
    check('cuối năm', null, { kind: 'unknown' });
    check('Trong quý I', null, { kind: 'unknown' });
    check('Trong quý I', 2025, quarter('2025-01-01', '2025-03-31'));
  });
});

describe('parseDeadline: invalid dates and other edge cases', () => {
  it('rejects dates that are not on the calendar, naming the problem', () => {
    const feb31 = check('chậm nhất ngày 31/02/2024', null, { kind: 'unknown' });
    expect(feb31.explanation.vi).toBe('Ngày 31/02/2024 không có trên lịch: tháng 2/2024 chỉ có 29 ngày');
    expect(check('trước ngày 12/13/2024', null, { kind: 'unknown' }).explanation.vi).toContain('tháng 13');
    expect(check('trước ngày 31/4/2024', null, { kind: 'unknown' }).explanation.vi).toContain('30 ngày');
    expect(check('trước ngày 10/4/24', null, { kind: 'unknown' }).explanation.vi).toContain('4 chữ số');
    expect(check('quý V/2024', null, { kind: 'unknown' }).explanation.vi).toContain('quý');
    expect(
      check('trước14h ngày 10/4/2024', null, { ...day('2024-04-10'), time: '14:00' }).explanation,
    ).toEqual({
      vi: 'Hạn chót 10/04/2024, trước 14:00',
      en: 'Due 10/04/2024, before 14:00',
    });
    expect(check('quý 5 - 2/2024', null, { kind: 'unknown' }).explanation.vi).toBe(
      'Không có quý “5” (chỉ có quý I đến IV)',
    );
    expect(check('quý II - V/2024', null, { kind: 'unknown' }).explanation.en).toBe(
      'There is no quarter “V” (only quarters I to IV)',
    );
    expect(check('tháng 13/2024', null, { kind: 'unknown' }).explanation.vi).toContain('tháng 13');
  });

  it('knows leap years: 29/02/2024 exists, 29/02/2023 does not', () => {
    check('chậm nhất ngày 29/02/2024', null, day('2024-02-29'));
    check('trước ngày 29/02/2024', null, day('2024-02-28'));
    const bad = check('chậm nhất ngày 29/02/2023', null, { kind: 'unknown' });
    expect(bad.explanation.vi).toContain('28 ngày');
    check('chậm nhất ngày 29/02/2000', null, day('2000-02-29'));
    check('chậm nhất ngày 29/02/1900', null, { kind: 'unknown' });
  });

  it('flags a weekday that the calendar contradicts', () => {
    const parsed = checkSeed001Event('thứ Năm', false);
    expect(parsed.explanation.vi).toContain('thứ Tư');
    expect(parseDeadline('ngày 15/02/2026 (Chủ nhật)', { planYear: null }).weekday).toEqual({
      written: 'Chủ nhật',
      matches: true,
    });
    expect(parseDeadline('8h30 ngày 16/02/2026 (thứ 2)', { planYear: null })).toMatchObject({
      time: '08:30',
      weekday: { written: 'thứ 2', matches: true },
    });
  });

  it('"trước" a month, quarter or year is exclusive too; ranges end at their last period', () => {
    check('trước tháng 6/2024', null, { kind: 'due', due: '2024-05-31', precision: 'month' });
    check('trước quý III/2024', null, { kind: 'due', due: '2024-06-30', precision: 'quarter' });
    check('trước năm 2025', null, { kind: 'due', due: '2024-12-31', precision: 'year' });
    check('quý I - II/2024', null, quarter('2024-01-01', '2024-06-30'));
    check('tháng 9 - 10/2024', null, month('2024-09-01', '2024-10-31'));
    check('từ ngày 10/3 đến ngày 20/3/2024', null, {
      kind: 'window',
      start: '2024-03-10',
      due: '2024-03-20',
      precision: 'day',
    });
  });
});

/** The English beside the Vietnamese: the same meaning, dates still dd/mm/yyyy, quarters "Q1 2024". */
const ENGLISH: [phrase: string, planYear: number | null, en: string][] = [
  ['hoàn thành trong quý I/2024', null, 'Due 31/03/2024 (end of Q1 2024)'],
  ['quý I - II/2024', null, 'Due 30/06/2024 (end of Q1–Q2 2024)'],
  ['trước quý III/2024', null, 'Due 30/06/2024 (before Q3 2024)'],
  ['tháng 9 - 10/2024', null, 'Due 31/10/2024 (end of September–October 2024)'],
  ['6 tháng đầu năm 2024', null, 'Due 30/06/2024 (end of the first half of 2024)'],
  ['cuối năm', 2024, 'Due 31/12/2024 (end of 2024); year taken from the plan'],
  ['trước ngày 10/4/2024', null, 'Due 09/04/2024 (before 10/04/2024)'],
  ['chậm nhất ngày 14/5/2021', null, 'Due 14/05/2021 (no later than 14/05/2021, that day included)'],
  ['trước ngày 10/4', 2024, 'Due 09/04/2024 (before 10/04/2024); year taken from the plan'],
  [
    'Từ 14h00, ngày 11/02/2026 (thứ Tư)',
    null,
    'Event on 11/02/2026, at 14:00; 11/02/2026 is indeed a Wednesday',
  ],
  [
    'Từ 14h00, ngày 11/02/2026 (thứ Năm)',
    null,
    'Event on 11/02/2026, at 14:00; note: the text says “thứ Năm” (Thursday) but 11/02/2026 is a Wednesday',
  ],
  ['từ ngày 10/3 đến ngày 20/3/2024', null, 'From 10/03/2024 up to and including 20/03/2024'],
  ['giai đoạn 2026 - 2030', null, 'Period 2026–2030: from 01/01/2026 up to and including 31/12/2030'],
  [
    'giai đoạn 2026 - 2030 (và những năm tiếp theo)',
    null,
    'Period 2026–2030 and the years after it: starts 01/01/2026, no end date',
  ],
  ['thực hiện thường xuyên', 2024, 'Ongoing: no fixed due date; progress is judged by periodic reports'],
  ['hằng năm', 2024, 'Repeats every year: there is no single due date'],
  ['định kỳ', 2024, 'Done periodically (how often is not stated): there is no single due date'],
  [
    'báo cáo trước ngày 15/12 hằng năm',
    2024,
    'Repeats every year; due 14/12/2024 (before 15/12/2024); year taken from the plan',
  ],
  [
    'Dự kiến hoàn thành trong quý I/2024',
    null,
    'Due 31/03/2024 (end of Q1 2024); tentative: it may slip without being overdue',
  ],
  [
    'chậm nhất ngày 31/02/2024',
    null,
    'The date 31/02/2024 is not on the calendar: February 2024 has only 29 days',
  ],
  ['trước ngày 12/13/2024', null, 'The date 12/13/2024 is not on the calendar: there is no month 13'],
  ['quý V/2024', null, 'There is no quarter “V” (only quarters I to IV)'],
  ['giai đoạn 2030 - 2026', null, 'Period in reverse order: 2030 to 2026'],
  ['trước ngày 10/4', null, "The date 10/04 has no year, and the plan's year is not known"],
  ['Trong quý I', null, "No year is written for Q1, and the plan's year is not known"],
  ['(cụ thể tại Phụ lục)', 2024, 'The deadline is given in an appendix, and the appendix is not in the text'],
  ['sớm nhất có thể', 2024, 'No deadline recognised in this phrase'],
  ['đến năm 2030, tầm nhìn đến năm 2045', 2024, 'A policy milestone, not a deadline for the task'],
  [
    '(22/12/1944 - 22/12/2024)',
    2024,
    'Anniversary span 22/12/1944 – 22/12/2024: not a deadline (the anniversary is on 22/12/2024)',
  ],
];

describe('parseDeadline: explanations in English', () => {
  it.each(ENGLISH)('%s (plan year %s)', (phrase, planYear, en) => {
    expect(parseDeadline(phrase, { planYear }).explanation.en).toBe(en);
  });

  it('keeps the Vietnamese beside the English', () => {
    expect(parseDeadline('Dự kiến tháng 9/2024', { planYear: null }).explanation).toEqual({
      vi: 'Hạn chót 30/09/2024 (hết tháng 9/2024); dự kiến, có thể lùi mà không tính là quá hạn',
      en: 'Due 30/09/2024 (end of September 2024); tentative: it may slip without being overdue',
    });
  });
});

const dates = fc
  .record({
    y: fc.integer({ min: 1900, max: 2200 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ y, m, d }) => d <= Number(lastDayOfMonth(y, m).slice(8)));
const ROMAN = ['I', 'II', 'III', 'IV'];

describe('parseDeadline: properties', () => {
  it('"chậm nhất ngày d" is due on d; "trước ngày d" the day before', () => {
    fc.assert(
      fc.property(dates, fc.constantFrom<number | null>(null, 2024), ({ y, m, d }, planYear) => {
        const iso = toIso(y, m, d);
        const written = `${d}/${m}/${y}`;
        expect(parseDeadline(`chậm nhất ngày ${written}`, { planYear }).due).toBe(iso);
        const before = parseDeadline(`trước ngày ${written}`, { planYear });
        expect(before.due).toBe(addDays(iso, -1));
        expect(before.kind).toBe('due');
      }),
    );
  });

  it('a quarter is due on its last day and starts on its first', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1900, max: 2200 }),
        fc.boolean(),
        (q, y, roman) => {
          const parsed = parseDeadline(`hoàn thành trong quý ${roman ? ROMAN[q - 1] : q}/${y}`, {
            planYear: null,
          });
          expect(parsed.due).toBe(lastDayOfMonth(y, q * 3));
          expect(parsed.start).toBe(toIso(y, q * 3 - 2, 1));
          expect(parsed.start !== null && parsed.due !== null && parsed.start <= parsed.due).toBe(true);
          expect(parsed.precision).toBe('quarter');
        },
      ),
    );
  });
});

describe('date helpers', () => {
  it('formats, adds days and finds weekdays in UTC', () => {
    expect(formatDateVi('2024-04-09')).toBe('09/04/2024');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(lastDayOfMonth(2023, 2)).toBe('2023-02-28');
    expect(weekdayOf('2026-02-11')).toBe(3);
  });
});
