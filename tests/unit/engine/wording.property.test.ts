import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Localized } from '../../../src/domain/localized';
import type { Plan } from '../../../src/domain/plan';
import { parsePlanJson } from '../../../src/domain/plan-parse';
import { checkPlan } from '../../../src/engine/check-plan';
import { describeEvent } from '../../../src/engine/describe-event';
import { validPlan } from '../store/plan-arbitrary';
import { smallPlan } from './small-plan.arbitrary';

/** Letters only Vietnamese writes (with their marks), in either case. */
const VIETNAMESE = /[ăâđêôơưàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/iu;

/** What the plan itself writes, which any language quotes as written: names, titles, codes, ids, phrases. */
function ownWords(plan: Plan): string[] {
  const words = [
    ...plan.bodies.flatMap((b) => [b.id, b.name]),
    ...plan.groups.flatMap((g) => [g.id, g.name]),
    ...plan.recipients.map((r) => r.name),
    ...plan.tasks.flatMap((t) => [t.id, t.code, t.title, t.deadline ?? '', ...t.prerequisiteIds]),
    ...plan.tasks.flatMap((t) => [t.leadId ?? '', ...t.participantIds]),
    ...plan.tasks.flatMap((t) => [t.adoptedById ?? '', t.report?.toId ?? '', t.report?.viaId ?? '']),
    ...plan.tasks.flatMap((t) => [t.childPlanId ?? '', t.report?.deadline ?? '']),
    ...plan.issuerIds,
    plan.title,
  ];
  return [...new Set(words)].filter((w) => w !== '').sort((a, b) => b.length - a.length);
}

/** Every sentence the engine writes about a plan: findings, blocked reasons and the witness runs. */
function sentences(plan: Plan): Localized[] {
  const report = checkPlan(plan);
  return [
    ...report.findings.map((f) => f.message),
    ...report.bodies.flatMap((b) => b.blocked.map((x) => x.message)),
    ...report.bodies.flatMap((b) =>
      report.witnesses.runOf(b.assigneeId).map((e) => describeEvent(report.model, e)),
    ),
  ];
}

function expectEnglish(plan: Plan) {
  const words = ownWords(plan);
  for (const sentence of sentences(plan)) {
    expect(sentence.vi.length).toBeGreaterThan(0);
    expect(sentence.en).not.toBe(sentence.vi);
    const rest = words.reduce((text, word) => text.split(word).join(' '), sentence.en);
    expect(rest, sentence.en).not.toMatch(VIETNAMESE);
  }
}

describe('the engine in English', () => {
  it('writes every finding, reason and event of the five example plans in English, names as written', () => {
    const files = readdirSync('workflows').filter((f) => f.endsWith('.plan.json'));
    expect(files).toHaveLength(5);
    let count = 0;
    for (const file of files) {
      const parsed = parsePlanJson(readFileSync(join('workflows', file), 'utf8'));
      if (!parsed.ok) throw new Error(file);
      expectEnglish(parsed.plan);
      count += sentences(parsed.plan).length;
    }
    expect(count).toBeGreaterThan(10);
  });

  it('writes every sentence about any plan in both languages, the English one without Vietnamese words', () => {
    fc.assert(
      fc.property(validPlan, (plan) => expectEnglish(plan)),
      { numRuns: 200 },
    );
  });

  it('writes every sentence about plans using every relation in English too', () => {
    fc.assert(
      fc.property(smallPlan, (plan) => expectEnglish(plan)),
      { numRuns: 200 },
    );
  });
});
