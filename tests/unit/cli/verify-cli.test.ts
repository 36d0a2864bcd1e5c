import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function verify(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/verify.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run verify', { timeout: 30_000 }, () => {
  it('reports every body of the seed plans as completing and exits 0', () => {
    const r = verify('workflows/');
    expect(r.code).toBe(0);
    expect(r.out).toContain('5 kế hoạch hợp lệ, 0 tệp không hợp lệ, 0 cơ quan mắc kẹt.');
    expect(r.out).toContain('✓ Ban Dân vận Thành ủy: hoàn thành được');
  });

  it('exits 1 and explains a stuck body with its chain of events', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    const plan = {
      id: 'vong',
      kind: 'ke-hoach',
      format: 'party',
      title: 'Kế hoạch có vòng chờ',
      issuerIds: ['a'],
      bodies: [
        { id: 'a', name: 'Ban A' },
        { id: 'b', name: 'Ban B' },
      ],
      tasks: [
        { id: 'x', code: '1', title: 'Việc X', stage: 'drafting', leadId: 'a', prerequisiteIds: ['y'] },
        { id: 'y', code: '2', title: 'Việc Y', stage: 'drafting', leadId: 'b', prerequisiteIds: ['x'] },
      ],
    };
    writeFileSync(join(dir, 'vong.plan.json'), JSON.stringify(plan));
    const r = verify(dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('✗ Ban A: mắc kẹt');
    expect(r.out).toContain('vòng chờ lẫn nhau');
    expect(r.out).toContain('dependency-cycle');
    const en = verify('--lang', 'en', dir);
    expect(en.code).toBe(1);
    expect(en.out).toContain('✗ Ban A: stuck (a)');
    expect(en.out).toContain('“Ban A” cannot complete task 1 “Việc X”: they wait for each other');
    expect(en.out).toContain('[error] dependency-cycle: The tasks');
    expect(en.out).toContain('1 valid plan, 0 invalid files, 2 stuck bodies.');
  });

  it('refuses a language it does not have, and a command line without files', () => {
    expect(verify('--lang', 'fr', 'workflows/')).toMatchObject({
      code: 2,
      err: 'Ngôn ngữ "fr" không có: chỉ có vi hoặc en.\n',
    });
    expect(verify('--lang', 'en')).toMatchObject({
      code: 2,
      err: 'Usage: npm run verify -- [--lang vi|en] [--json] <plan files or folders> …\n',
    });
  });

  it('names the file, the JSON path and the rule for an invalid file, without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    writeFileSync(
      join(dir, 'sai.plan.json'),
      JSON.stringify({ id: 'x', kind: 'thu', format: 'party', title: 'T', issuerIds: [] }),
    );
    writeFileSync(join(dir, 'hong.plan.json'), '{ "id": ');
    writeFileSync(join(dir, 'ghi-chu.json'), 'not a plan: a folder is read for its plan files only');
    const r = verify(dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/sai\.plan\.json: kind: Tùy chọn không hợp lệ/);
    expect(r.err).toMatch(/sai\.plan\.json: issuerIds: Kế hoạch cần ít nhất một cơ quan ban hành/);
    expect(r.err).toMatch(/hong\.plan\.json: dòng 1, cột \d+: Không phải JSON hợp lệ/);
    expect(r.err).not.toMatch(/ghi-chu/);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    const en = verify('--lang', 'en', dir);
    expect(en.err).toMatch(/sai\.plan\.json: issuerIds: A plan needs at least one issuing body/);
    expect(en.err).toMatch(/hong\.plan\.json: line 1, column \d+: Not valid JSON/);
  });

  it('refuses a folder without plan files, saying what it looks for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    writeFileSync(join(dir, 'ghi-chu.json'), '{}');
    const r = verify(dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không có tệp kế hoạch nào .*\*\.plan\.json/);
  });

  const base = {
    kind: 'ke-hoach',
    format: 'party',
    issuerIds: ['a'],
    date: '2024-02-02',
    bodies: [
      { id: 'a', name: 'Ban A' },
      { id: 'b', name: 'Ban B' },
    ],
  };
  const task = (id: string, extra: object = {}) => ({
    id,
    code: id.toUpperCase(),
    title: `Việc ${id}`,
    stage: 'implementing',
    leadId: 'a',
    ...extra,
  });
  const folder = (...plans: object[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    plans.forEach((p, i) => writeFileSync(join(dir, `${i}.plan.json`), JSON.stringify(p)));
    return dir;
  };

  it('exits 3 when no body is stuck but a finding is an error, grouping it over the tasks it concerns', () => {
    const dir = folder({
      ...base,
      id: 'loi',
      title: 'Kế hoạch có lỗi',
      tasks: [task('x', { participantIds: ['khong-co'] }), task('y', { participantIds: ['khong-co'] })],
      warnings: [{ code: 'no-signature', message: 'Không có khối chữ ký.' }],
    });
    const r = verify(dir);
    expect(r.code).toBe(3);
    expect(r.out).toContain('undefined-body');
    expect(r.out).toContain('(ở 2 nhiệm vụ: X, Y)');
    expect(r.out.match(/undefined-body/g)).toHaveLength(1);
    expect(r.out).toContain('Cảnh báo ghi trong kế hoạch:\n  - no-signature: Không có khối chữ ký.');
    expect(r.out).toContain('1 kế hoạch có phát hiện mức lỗi.');
  });

  it('prints a machine-readable report with --json: verdicts, root causes, caveats and findings', () => {
    const dir = folder({
      ...base,
      id: 'json',
      title: 'Kế hoạch JSON',
      bodies: [...base.bodies, { id: 'c', name: 'Ban C', validTo: '2023-12-31' }],
      tasks: [
        task('x', { mode: 'request' }),
        task('y', { leadId: 'c' }),
        task('z', { leadId: 'b', prerequisiteIds: ['y'] }),
        task('w', { leadId: 'b' }),
      ],
    });
    const r = verify('--json', '--lang', 'en', dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out);
    expect(out).toMatchObject({ format: 3, exit: 1 });
    const [plan] = out.plans;
    expect(plan).toMatchObject({ planId: 'json', standing: 'stuck', tasks: ['x', 'y', 'z', 'w'] });
    const byId = Object.fromEntries(plan.bodies.map((b: { id: string }) => [b.id, b]));
    expect(byId.a).toEqual({
      id: 'a',
      name: 'Ban A',
      kind: 'body',
      completes: true,
      caveats: [{ kind: 'request', task: 0 }],
    });
    expect(byId.b).toMatchObject({ completes: false });
    // z (task 2) waits for the result of y (task 1), owed by body c; its root cause is listed once
    const [own, root, waits, waitTask, waitBody] = byId.b.blocked[0];
    expect([plan.tasks[own], waits, plan.tasks[waitTask], plan.bodies[waitBody].id]).toEqual([
      'z',
      'result',
      'y',
      'c',
    ]);
    expect(plan.rootCauses[root]).toMatchObject({ kind: 'inactive' });
    expect(plan.rootCauses[root].message).toContain('“Ban C” no longer exists');
    // b's witness: it carries out w (task 3), as far as it can go
    const b = plan.bodies.indexOf(byId.b);
    expect(byId.b.witness).toEqual({
      after: [],
      steps: [
        [b, 3, 'START'],
        [b, 3, 'REPORT'],
        [b, 3, 'APPROVE'],
      ],
    });
    expect(plan.findings).toContainEqual(
      expect.objectContaining({ code: 'body-not-valid', severity: 'error', tasks: [1], bodyIds: ['c'] }),
    );
  });

  it('prints each root cause once: a chain of 2,000 stuck bodies refers to it, in linear words', () => {
    const n = 2000;
    const dir = folder({
      ...base,
      id: 'chuoi',
      title: 'Chuỗi',
      bodies: Array.from({ length: n }, (_, i) => ({ id: `b${i}`, name: `Cơ quan ${i}` })),
      tasks: Array.from({ length: n }, (_, i) =>
        task(`t${i}`, { leadId: `b${i}`, prerequisiteIds: [i === 0 ? 'khong-co' : `t${i - 1}`] }),
      ),
    });
    const r = verify(dir);
    expect(r.code).toBe(1);
    expect(r.out.match(/không có trong kế hoạch/g)).toHaveLength(2);
    expect(r.out).toContain('T1999 chờ T1998 → nguyên nhân gốc #1');
    expect(r.out.length).toBeLessThan(n * 100);
    const json = verify('--json', dir);
    expect(JSON.parse(json.out).plans[0].rootCauses).toHaveLength(1);
  });

  it('tells each shared part of the witnesses once: 1,000 stuck bodies along a chain of work, in linear words', () => {
    // body i carries out step i after step i - 1, then waits for z, which an abolished body leads:
    // each witness holds the whole chain before it, so told in full the witnesses would be quadratic
    const n = 1000;
    const dir = folder({
      ...base,
      id: 'chuoi-viec',
      title: 'Chuỗi việc',
      bodies: [
        ...Array.from({ length: n }, (_, i) => ({ id: `b${i}`, name: `Cơ quan ${i}` })),
        { id: 'gone', name: 'Cơ quan đã giải thể', validTo: '2023-12-31' },
      ],
      tasks: [
        task('z', { leadId: 'gone' }),
        ...Array.from({ length: n }, (_, i) =>
          task(`p${i}`, { leadId: `b${i}`, prerequisiteIds: i === 0 ? [] : [`p${i - 1}`] }),
        ),
        ...Array.from({ length: n }, (_, i) =>
          task(`q${i}`, { leadId: `b${i}`, prerequisiteIds: [`p${i}`, 'z'] }),
        ),
      ],
    });
    const r = verify(dir);
    expect(r.code).toBe(1);
    expect(r.out.match(/: mắc kẹt/g)).toHaveLength(n + 1);
    expect(r.out.length).toBeLessThan(n * 1000);
    // the last body's witness is its own step after the chain's part for the step before
    const last = r.out.split('\n').findIndex((line) => line.includes(`Cơ quan ${n - 1}: mắc kẹt`));
    expect(r.out.split('\n')[last + 2]).toMatch(
      /Chuỗi sự kiện dẫn tới chỗ mắc kẹt: sau chuỗi #\d+ → Cơ quan 999 bắt đầu/,
    );
    const json = verify('--json', dir);
    expect(json.out.length).toBeLessThan(n * 500);
    const plan = JSON.parse(json.out).plans[0];
    expect(plan.witnessParts.length).toBeLessThanOrEqual(n);
    const stepsTold = plan.witnessParts.reduce(
      (sum: number, p: { steps: unknown[] }) => sum + p.steps.length,
      0,
    );
    expect(stepsTold).toBe(3 * (n - 1));
  });

  it('resolves child plans among the files given', () => {
    const parent = {
      ...base,
      id: 'cha',
      title: 'Kế hoạch cha',
      tasks: [task('x', { childPlan: true, childPlanId: 'con' })],
    };
    const child = {
      ...base,
      id: 'con',
      title: 'Kế hoạch con',
      tasks: [task('y', { prerequisiteIds: ['y'] })],
    };
    const alone = verify('--json', folder(parent));
    expect(JSON.parse(alone.out).plans[0].bodies[0].caveats).toEqual([
      { kind: 'child-plan-unlinked', task: 0 },
    ]);
    const both = JSON.parse(verify('--json', folder(parent, child)).out).plans[0];
    expect(both.rootCauses[both.bodies[0].blocked[0][1]].kind).toBe('child-plan-stuck');
  });
});
