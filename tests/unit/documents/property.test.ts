import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../../src/domain/plan';
import { importPlanText } from '../../../src/documents';
import { SEEDS_DIR, workflowDirectory } from './accuracy';

const directory = workflowDirectory();
const seeds = [
  '000_8d00d984ac6fa76b',
  '001_fe09ffdeaefaf820',
  '002_4d9905f3116d59b1',
  '003_c81e2607254c46bf',
  '004_dc9ebfa9b852a770',
].map((n) => readFileSync(join(SEEDS_DIR, `${n}.txt`), 'utf8').split('\n'));

const stripDiacritics = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** A seed with lines dropped, some lines shuffled, and maybe its diacritics stripped. */
const mutatedSeed = fc
  .record({
    seed: fc.integer({ min: 0, max: seeds.length - 1 }),
    keep: fc.array(fc.boolean(), { minLength: 400, maxLength: 400 }),
    swaps: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
    strip: fc.boolean(),
  })
  .map(({ seed, keep, swaps, strip }) => {
    const lines = (seeds[seed] as string[]).filter((_, i) => keep[i % keep.length] !== false || i % 7 === 0);
    for (const [a, b] of swaps) {
      const i = a % Math.max(1, lines.length);
      const j = b % Math.max(1, lines.length);
      [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
    }
    const text = lines.join('\n');
    return strip ? stripDiacritics(text) : text;
  });

function holds(text: string): void {
  const r = importPlanText(text, { directory });
  expect(PlanSchema.safeParse(r.plan).success).toBe(true);
  // the reader itself must cope: its safety net (a warning 'internal-error') is never needed
  expect(r.warnings.filter((w) => w.code === 'internal-error').map((w) => w.message.en)).toEqual([]);
  for (const item of r.items) {
    expect(item.span.start).toBeGreaterThanOrEqual(0);
    expect(item.span.end).toBeLessThanOrEqual(r.text.length);
  }
}

// generous timeouts: the machine running the suite may be busy; the speed target is in `npm run bench`
describe('importPlanText never throws and always gives a valid draft', { timeout: 60_000 }, () => {
  it('for random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), holds), { numRuns: 150 });
  });

  it('for random lines of plan-like pieces', () => {
    const piece = fc.constantFrom(
      'KẾ HOẠCH',
      'I. MỤC ĐÍCH',
      'II. NHIỆM VỤ',
      '1.',
      '1.1.',
      '- ',
      '+ ',
      'a) ',
      'Số: 12/KH-UBND',
      'Số 5-CTr/TU',
      'Giao ',
      'chủ trì',
      ', phối hợp với ',
      'Ban Tuyên giáo Thành ủy',
      ':',
      '(hoàn thành trong quý I/2024)',
      'Nơi nhận:',
      'T/M BAN THƯỜNG VỤ',
      'Hải Phòng, ngày 1 tháng 2 năm 2024',
      '\n',
      ' ',
      '**',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 80 }).map((p) => p.join('')),
        holds,
      ),
      { numRuns: 150 },
    );
  });

  it('for seed documents with lines dropped, shuffled and diacritics stripped', () => {
    fc.assert(fc.property(mutatedSeed, holds), { numRuns: 40 });
  });
});
