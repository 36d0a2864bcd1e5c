import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanJson } from '../../../src/domain/plan-parse';
import { checkPlan } from '../../../src/engine/check-plan';

const dir = 'workflows';

/**
 * Task counts taken from the documents in shared/seeds (one task per assigned item or bullet):
 * 000: III (funding, 1) + IV.1.1–6 + IV.2.1–6 = 13; 001: II.1.1, II.1.2, II.2, III.1.1–3, III.2.1–2, III.3,
 * III.4.1–2 = 11; 002: the assigned paragraphs under each "Phân công" item and III = 27;
 * 003: III.1 (2) + III.2 (3) + III.3 (3 + 4 of Ban Dân vận) + III.4 (5) + III.5 (2) + IV (2) = 21;
 * 004: III.1 (5) + III.2 + III.3 + III.4 (1 + 4) + III.5 (5) + III.6 (4) = 21.
 */
const EXPECTED: Record<string, { source: string; tasks: number; warnings: string[] }> = {
  'hai-phong-tccs-ctph-cnxh-2025': { source: '000', tasks: 13, warnings: ['two-issuers', 'no-review-stage'] },
  'phuong-bach-dang-kh-quan-triet-mo-hinh-cnxh-2026': {
    source: '001',
    tasks: 11,
    warnings: ['typo', 'date-inconsistency'],
  },
  'hai-phong-btv-tu-kh-01-kl-tw-2024': {
    source: '002',
    tasks: 27,
    warnings: ['incoming-stamp-not-plan-number', 'citation-conflict'],
  },
  'hai-phong-66-ctr-tu': { source: '003', tasks: 21, warnings: ['appendix-missing', 'no-signature'] },
  'hai-phong-70-hd-btgtu': { source: '004', tasks: 21, warnings: ['ocr-block', 'requests-only'] },
};

const files = readdirSync(dir).filter((f) => f.endsWith('.plan.json'));

describe('the five seed plans in workflows/', () => {
  it('are exactly the five documents', () => {
    expect(files.map((f) => f.replace('.plan.json', '')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const file of files) {
    const id = file.replace('.plan.json', '');
    const expected = EXPECTED[id];
    it(`${file} loads through the schema and matches its document`, () => {
      const result = parsePlanJson(readFileSync(join(dir, file), 'utf8'));
      if (!result.ok) throw new Error(result.problems.map((p) => `${p.path.vi}: ${p.message.vi}`).join('\n'));
      const plan = result.plan;
      expect(plan.id).toBe(id);
      expect(plan.source?.file?.startsWith(expected?.source ?? '?')).toBe(true);
      expect(plan.tasks).toHaveLength(expected?.tasks ?? -1);
      expect(plan.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(expected?.warnings ?? []));
      const report = checkPlan(plan);
      expect(
        report.findings.filter((f) => f.code === 'undefined-body' || f.code === 'undefined-task'),
      ).toEqual([]);
      expect(report.bodies.length).toBeGreaterThan(0);
    });
  }

  it('keep the seed traps: 002 has no number of its own, 003 is 66-CTr/TU, 000 has two issuers', () => {
    const load = (id: string) => {
      const r = parsePlanJson(readFileSync(join(dir, `${id}.plan.json`), 'utf8'));
      if (!r.ok) throw new Error('invalid');
      return r.plan;
    };
    expect(load('hai-phong-btv-tu-kh-01-kl-tw-2024').number).toBeNull();
    expect(load('hai-phong-66-ctr-tu').number).toMatchObject({ number: '66', type: 'CTr', issuer: 'TU' });
    expect(load('hai-phong-tccs-ctph-cnxh-2025').issuerIds).toHaveLength(2);
    expect(load('hai-phong-70-hd-btgtu').tasks.every((t) => t.mode === 'request')).toBe(true);
  });

  it('give a body or group the same id in every plan, so the shared directory holds it once', () => {
    const idsByName = new Map<string, Set<string>>();
    for (const file of files) {
      const r = parsePlanJson(readFileSync(join(dir, file), 'utf8'));
      if (!r.ok) throw new Error(file);
      for (const b of [...r.plan.bodies, ...r.plan.groups])
        idsByName.set(b.name, (idsByName.get(b.name) ?? new Set()).add(b.id));
    }
    const twice = [...idsByName].filter(([, ids]) => ids.size > 1).map(([name, ids]) => [name, [...ids]]);
    expect(twice).toEqual([]);
    expect(idsByName.get('Thành ủy Hải Phòng')).toEqual(new Set(['tu']));
  });
});
