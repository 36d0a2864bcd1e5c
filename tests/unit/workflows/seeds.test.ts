import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanJson } from '../../../src/domain/plan-parse';
import type { Plan } from '../../../src/domain/plan';
import { stageIndex } from '../../../src/domain/stage';
import type { Task } from '../../../src/domain/task';
import { checkPlan } from '../../../src/engine/check-plan';

const dir = 'workflows';

/**
 * Task counts taken from the documents in shared/seeds (one task per assigned item or bullet):
 * 000: III (funding, 1) + IV.1.1–6 (IV.1.2 holds two: an outline and seminars) + IV.2.1–6 = 14;
 * 001: II.1.1, II.1.2 (the conference plan and the conference), II.2, III.1.1–3, III.2.1–2, III.3, III.4.1–2 = 12; 002: the assigned paragraphs under each "Phân công" item and III = 27;
 * 003: III.1 (2) + III.2 (3) + III.3 (3 + 4 of Ban Dân vận) + III.4 (5) + III.5 (2) + IV (2) = 21;
 * 004: III.1 (5) + III.2 + III.3 + III.4 (1 + 4) + III.5 (5) + III.6 (4) = 21.
 */
const EXPECTED: Record<string, { source: string; tasks: number; warnings: string[] }> = {
  'hai-phong-tccs-ctph-cnxh-2025': { source: '000', tasks: 14, warnings: ['two-issuers', 'no-review-stage'] },
  'phuong-bach-dang-kh-quan-triet-mo-hinh-cnxh-2026': {
    source: '001',
    tasks: 12,
    warnings: ['typo', 'date-inconsistency', 'external-lead', 'no-summary-stage'],
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

function load(id: string): Plan {
  const r = parsePlanJson(readFileSync(join(dir, `${id}.plan.json`), 'utf8'));
  if (!r.ok) throw new Error(`${id}: invalid`);
  return r.plan;
}
const plans = Object.keys(EXPECTED).map(load);
const TCCS = 'hai-phong-tccs-ctph-cnxh-2025';
const WARD = 'phuong-bach-dang-kh-quan-triet-mo-hinh-cnxh-2026';
const KL01 = 'hai-phong-btv-tu-kh-01-kl-tw-2024';
const byCode = (planId: string, code: string): Task => {
  const task = load(planId).tasks.find((t) => t.code === code);
  if (!task) throw new Error(`${planId}: no task ${code}`);
  return task;
};
/** The words of the document quoted at the end of a task's text: «…». */
const quotes = (t: Task) => [...t.text.matchAll(/«([^»]+)»/g)].map((m) => m[1] ?? '');
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the seed plans say what their documents say', () => {
  it('record an order only with the words that state it, quoted from the document', () => {
    for (const plan of plans) {
      for (const t of plan.tasks.filter((t) => t.prerequisiteIds.length > 0)) {
        expect(quotes(t).length, `${plan.id} ${t.code}`).toBeGreaterThan(0);
      }
    }
  });

  it('quote words that are in the source document', () => {
    const folder = new URL('../../data/seeds/', import.meta.url);
    const names = readdirSync(folder);
    for (const plan of plans) {
      const file = names.find((n) => n.startsWith(EXPECTED[plan.id]?.source ?? '?'));
      const text = flat(readFileSync(new URL(file ?? '', folder), 'utf8'));
      for (const t of plan.tasks)
        for (const q of quotes(t)) expect(text, `${plan.id} ${t.code}`).toContain(flat(q));
    }
  });

  it('TCCS programme: signing first ("có hiệu lực kể từ ngày ký"); the signing needs the partner\'s part', () => {
    const plan = load(TCCS);
    const signing = byCode(TCCS, 'IV.1.1');
    const partner = byCode(TCCS, 'IV.2.1');
    expect(signing.prerequisiteIds).toEqual([partner.id]);
    for (const t of plan.tasks.filter((t) => t.id !== signing.id && t.id !== partner.id)) {
      expect(t.prerequisiteIds, t.code).toContain(signing.id);
      expect(quotes(t), t.code).toContain('Chương trình phối hợp công tác có hiệu lực kể từ ngày ký');
    }
  });

  it('TCCS programme: IV.1.2 holds two tasks, an outline (drafting) and seminars (studying) twinned with IV.2.2', () => {
    const outline = byCode(TCCS, 'IV.1.2 (1)');
    const seminars = byCode(TCCS, 'IV.1.2 (2)');
    expect([outline.stage, seminars.stage]).toEqual(['drafting', 'studying']);
    expect(outline.text).toContain('đề cương');
    expect(seminars.text).toContain('Hội thảo khoa học');
    expect(seminars.prerequisiteIds).toContain(byCode(TCCS, 'IV.2.2').id);
  });

  it('Bạch Đằng ward: invitations, the conference plan and the preparations come before the conferences', () => {
    const invitations = byCode(WARD, 'III.2.1');
    const preparations = byCode(WARD, 'III.2.2');
    const cityConference = byCode(WARD, 'II.1.1');
    const connectionPoint = byCode(WARD, 'III.1.3');
    const conferencePlan = byCode(WARD, 'II.1.2 (1)');
    const wardConference = byCode(WARD, 'II.1.2 (2)');
    expect(cityConference.prerequisiteIds).toEqual(
      expect.arrayContaining([invitations.id, connectionPoint.id]),
    );
    expect(connectionPoint.prerequisiteIds).toEqual(
      expect.arrayContaining([invitations.id, preparations.id]),
    );
    expect(wardConference.prerequisiteIds).toEqual(
      expect.arrayContaining([conferencePlan.id, invitations.id, preparations.id]),
    );
    expect(conferencePlan).toMatchObject({
      stage: 'drafting',
      leadId: 'ban-xdd',
      adoptedById: 'btv-du-phuong',
    });
    expect(wardConference).toMatchObject({ stage: 'studying', kind: 'event', leadId: 'btv-du-phuong' });
    expect(quotes(wardConference).join(' ')).toContain('công văn mời');
  });

  it('Bạch Đằng ward: invitation letters are no child plan; the ward attends the city conference, it does not lead it', () => {
    expect(byCode(WARD, 'III.2.1').childPlan).toBe(false);
    const attend = byCode(WARD, 'II.1.1');
    expect(attend.leadId).toBeNull();
    expect(attend.participantIds).toEqual(['tt-du-phuong', 'mttq-ctxh-phuong', 'co-quan-chuyen-trach-du']);
    expect(load(WARD).tasks.some((t) => [t.leadId, ...t.participantIds].includes('btgdv-tu'))).toBe(false);
  });

  it('Bạch Đằng ward: "có khó khăn, vướng mắc … báo cáo" is conditional, not a report owed by every task', () => {
    expect(load(WARD).tasks.filter((t) => t.report !== null)).toEqual([]);
    expect(load(WARD).warnings.find((w) => w.code === 'no-summary-stage')?.message).toContain('có điều kiện');
  });

  it('01-KL/TW plan: the study materials ("Tháng 01/2024") come before the study', () => {
    const materials = byCode(KL01, 'II.1.2.1 (1)');
    expect(materials.deadline).toBe('Tháng 01/2024');
    for (const code of ['II.1.2.1 (2)', 'II.1.2.2 (2)', 'II.1.2.3']) {
      const study = byCode(KL01, code);
      expect(study.prerequisiteIds, code).toContain(materials.id);
      expect(quotes(study).join(' '), code).toContain('Thời gian hoàn thành: Tháng 01/2024');
    }
  });

  it("01-KL/TW plan: the 3-year conference follows the committees' evaluations and is twinned with III.4 (1)", () => {
    const conference = byCode(KL01, 'II.2.2 (2)');
    expect(conference.prerequisiteIds).toEqual([byCode(KL01, 'II.2.2 (1)').id, byCode(KL01, 'III.4 (1)').id]);
  });

  it('put monitoring in the reviewing stage: 66-CTr/TU III.4.2, III.5.2; 70-HD/BTGTU III.1.5, III.6.3', () => {
    for (const [planId, code] of [
      ['hai-phong-66-ctr-tu', 'III.4.2'],
      ['hai-phong-66-ctr-tu', 'III.5.2'],
      ['hai-phong-70-hd-btgtu', 'III.1.5'],
      ['hai-phong-70-hd-btgtu', 'III.6.3'],
    ] as const) {
      expect(byCode(planId, code).stage, `${planId} ${code}`).toBe('reviewing');
    }
  });

  it('never make a task wait for one in a later stage, nor form a cycle', () => {
    for (const plan of plans) {
      const stageOf = new Map(plan.tasks.map((t) => [t.id, stageIndex(t.stage)]));
      for (const t of plan.tasks) {
        for (const p of t.prerequisiteIds) {
          expect(stageOf.get(p) ?? 99, `${plan.id} ${t.code} ← ${p}`).toBeLessThanOrEqual(
            stageIndex(t.stage),
          );
        }
      }
      expect(checkPlan(plan).findings.filter((f) => f.code === 'dependency-cycle')).toEqual([]);
    }
  });

  it('follow one deadline convention: no markdown, no wrapping brackets, no final stop; "thường xuyên" means ongoing', () => {
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
    for (const plan of plans) {
      for (const t of plan.tasks) {
        for (const phrase of [t.deadline, t.report?.deadline ?? null]) {
          if (phrase === null) continue;
          expect(phrase, `${plan.id} ${t.code}`).not.toMatch(/[*_]|^\(.*\)$|\.$|^\s|\s$/);
        }
        const says = (re: RegExp) =>
          [t.deadline, t.report?.deadline].some((p) => p !== null && p !== undefined && re.test(fold(p)));
        expect(t.kind === 'ongoing', `${plan.id} ${t.code}`).toBe(says(/thuong xuyen/));
        expect(t.kind === 'recurring', `${plan.id} ${t.code}`).toBe(says(/dinh ky|hang nam/));
      }
    }
  });

  it('exercise every relation of the format somewhere, where the text says it', () => {
    const all = plans.flatMap((plan) => plan.tasks.map((t) => ({ plan, t })));
    const adoption = all.filter(({ t }) => t.adoptedById !== null);
    expect(adoption.map(({ t }) => t.text).some((x) => /tham mưu/i.test(x))).toBe(true);
    expect(adoption.every(({ t }) => /tham mưu/i.test(t.text))).toBe(true);
    const reports = all.filter(({ t }) => t.report?.viaId);
    expect(reports.some(({ t }) => /\(\*?qua /.test(t.text))).toBe(true);
    const collecting = all.filter(
      ({ plan, t }) =>
        t.collectsReports &&
        plan.tasks.some(
          (o) => o.id !== t.id && (o.report?.toId === t.leadId || o.report?.viaId === t.leadId),
        ),
    );
    expect(collecting.length).toBeGreaterThan(0);
    const requests = all.filter(({ t }) => t.mode === 'request');
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every(({ plan }) => plan.id === 'hai-phong-70-hd-btgtu')).toBe(true);
    const children = all.filter(({ t }) => t.childPlan);
    expect(children.some(({ t }) => /cụ thể ho[áa]/i.test(t.text))).toBe(true);
  });
});
