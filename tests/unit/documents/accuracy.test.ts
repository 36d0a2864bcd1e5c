import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlanText } from '../../../src/documents';
import { SEEDS_DIR, score, workflowDirectory, workflowPlans, type Scores } from './accuracy';

const MEASURES = ['tasks', 'leads', 'participants', 'deadlines', 'stages', 'header'] as const;
const pct = (x: number) => `${Math.round(x * 100)} %`;

/**
 * Each seed document imported against the bodies of the hand-made plans, and compared with its plan in
 * workflows/: share of tasks found, leads, participants, deadlines and stages right, header fields right.
 */
describe('importing the five seed documents', () => {
  const directory = workflowDirectory();
  const plans = workflowPlans().sort((a, b) => (a.source?.file ?? '').localeCompare(b.source?.file ?? ''));
  const rows: { file: string; scores: Scores }[] = plans.map((plan) => {
    const file = plan.source?.file as string;
    const text = readFileSync(join(SEEDS_DIR, file), 'utf8');
    return { file, scores: score(plan, importPlanText(text, { directory, file }).plan) };
  });
  const total = Object.fromEntries(
    MEASURES.map((m) => {
      const weight = (s: Scores) => (m === 'header' ? s.headerFields : s.expected);
      const sum = rows.reduce((n, r) => n + r.scores[m] * weight(r.scores), 0);
      return [m, sum / rows.reduce((n, r) => n + weight(r.scores), 0)];
    }),
  ) as Record<(typeof MEASURES)[number], number>;

  it('prints the accuracy table', () => {
    const head = [
      'Seed',
      'Tasks',
      'Found',
      'Leads',
      'Participants',
      'Deadlines',
      'Stages',
      'Header',
      'Header fields wrong',
    ];
    const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
    const lines = [
      row(head),
      row(head.map((_, i) => (i > 0 && i < 8 ? '---:' : '---'))),
      ...rows.map((r) =>
        row([
          r.file.slice(0, 3),
          String(r.scores.expected),
          ...MEASURES.map((m) => pct(r.scores[m])),
          r.scores.wrongHeader.join(', ') || '—',
        ]),
      ),
      row([
        'all',
        String(rows.reduce((n, r) => n + r.scores.expected, 0)),
        ...MEASURES.map((m) => pct(total[m])),
        '',
      ]),
    ];
    console.log(
      `Độ chính xác khi nhập năm văn bản mẫu / import accuracy on the five seeds\n${lines.join('\n')}`,
    );
    expect(rows).toHaveLength(5);
  });

  for (const m of MEASURES) {
    it(`gets at least 90 % of ${m} right over the five seeds`, () => {
      expect(total[m]).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('finds at least 90 % of the tasks of every single seed', () => {
    for (const r of rows) expect(r.scores.tasks, r.file).toBeGreaterThanOrEqual(0.9);
  });
});
