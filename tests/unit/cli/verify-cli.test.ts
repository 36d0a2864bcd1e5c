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

describe('npm run verify', () => {
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
      err: 'Usage: npm run verify -- [--lang vi|en] <plan files or folders> …\n',
    });
  });

  it('names the file, the JSON path and the rule for an invalid file, without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    writeFileSync(
      join(dir, 'sai.json'),
      JSON.stringify({ id: 'x', kind: 'thu', format: 'party', title: 'T', issuerIds: [] }),
    );
    writeFileSync(join(dir, 'hong.json'), '{ "id": ');
    const r = verify(dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/sai\.json: kind: Tùy chọn không hợp lệ/);
    expect(r.err).toMatch(/sai\.json: issuerIds: Kế hoạch cần ít nhất một cơ quan ban hành/);
    expect(r.err).toMatch(/hong\.json: dòng 1, cột \d+: Không phải JSON hợp lệ/);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    const en = verify('--lang', 'en', dir);
    expect(en.err).toMatch(/sai\.json: issuerIds: A plan needs at least one issuing body/);
    expect(en.err).toMatch(/hong\.json: line 1, column \d+: Not valid JSON/);
  });
});
