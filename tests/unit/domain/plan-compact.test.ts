import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanFileSchema } from '../../../src/domain/plan-format';
import { parsePlanJson } from '../../../src/domain/plan-parse';

const CASES = 'tests/cases';
const files = readdirSync(CASES).filter((f) => f.endsWith('.plan.json'));

describe('a read plan shares what it repeats', () => {
  it('reads every plan file to the same value as the schema alone gives', () => {
    for (const file of files) {
      const text = readFileSync(`${CASES}/${file}`, 'utf8');
      const read = parsePlanJson(text);
      const schema = PlanFileSchema.safeParse(JSON.parse(text));
      expect(read.ok, file).toBe(schema.success);
      if (read.ok && schema.success) expect(read.plan, file).toEqual(schema.data);
    }
  });

  it('gives every empty list of ids of tasks and bodies one frozen list', () => {
    const task = (id: string) => ({
      id,
      code: id,
      title: `Việc ${id}`,
      stage: 'implementing',
      leadId: 'so-a',
      deadline: 'trong quý I/2024',
      report: { toId: 'so-b' },
    });
    const text = JSON.stringify({
      id: 'ke-hoach',
      kind: 'ke-hoach',
      format: 'state',
      title: 'Kế hoạch',
      issuerIds: ['so-b'],
      bodies: [
        { id: 'so-a', name: 'Sở A' },
        { id: 'so-b', name: 'Sở B' },
      ],
      tasks: [task('t-1'), task('t-2')],
    });
    const read = parsePlanJson(text);
    if (!read.ok) throw new Error('not read');
    const [one, two] = read.plan.tasks;
    const [a, b] = read.plan.bodies;
    expect(one?.prerequisiteIds).toBe(two?.participantIds);
    expect(Object.isFrozen(one?.prerequisiteIds)).toBe(true);
    expect(() => one?.prerequisiteIds.push('t-2')).toThrow(TypeError);
    expect(a?.successorIds).toBe(b?.aliases);
    expect(one?.report).toBe(two?.report);
    expect(one?.report).toEqual({ toId: 'so-b', viaId: null, deadline: null });
    expect(() => {
      if (one?.report) one.report.toId = 'so-a';
    }).toThrow(TypeError);
  });
});
