import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../../src/domain/plan';
import { exportPlanDocx, importPlanText } from '../../../src/documents';

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'import-'));
const SEED = 'tests/data/seeds/002_4d9905f3116d59b1.txt';

describe('npm run import', () => {
  it('prints the draft as plan-format JSON and its warnings on stderr', () => {
    const r = run(SEED);
    expect(r.code).toBe(0);
    const plan = PlanSchema.parse(JSON.parse(r.out));
    expect(plan.tasks).toHaveLength(27);
    expect(plan.source?.file).toBe('002_4d9905f3116d59b1.txt');
    expect(r.err).toContain('dấu công văn đến của cơ quan nhận');
  });

  it('writes the draft with --out, and reads a .docx', { timeout: 20_000 }, async () => {
    const out = join(dir, 'draft.json');
    expect(run(SEED, '--out', out).code).toBe(0);
    const plan = PlanSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    const docx = join(dir, 'plan.docx');
    writeFileSync(docx, await exportPlanDocx(plan));
    const again = run(docx);
    expect(again.code).toBe(0);
    expect(PlanSchema.parse(JSON.parse(again.out)).tasks.map((t) => t.leadId)).toEqual(
      plan.tasks.map((t) => t.leadId),
    );
  });

  it('refuses with a Vietnamese reason and exit code 2', () => {
    const write = (name: string, data: string | Uint8Array) => {
      writeFileSync(join(dir, name), data);
      return join(dir, name);
    };
    const cases: [string[], string][] = [
      [[], 'Cách dùng'],
      [[join(dir, 'khong-co.txt')], 'Không tìm thấy tệp'],
      [[write('rong.txt', '')], 'Văn bản trống'],
      [
        [write('rac.txt', new Uint8Array(Array.from({ length: 2000 }, (_, i) => (i * 37) % 256)))],
        'không phải văn bản',
      ],
      [[write('hong.docx', 'PK\u0003\u0004 không phải zip')], 'Tệp .docx bị hỏng'],
      [
        [write('en.txt', 'This plan sets out the tasks of every department for the coming year.')],
        'không phải tiếng Việt',
      ],
      [
        [write('thu.txt', 'Hôm nay trời đẹp, chúng tôi đi chơi công viên và ăn kem cùng các bạn.')],
        'không phải kế hoạch',
      ],
    ];
    for (const [args, message] of cases) {
      const r = run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain(message);
    }
  }, 60_000);

  it('gives a header-only draft (with a warning) for a plan without tasks', () => {
    const file = join(dir, 'dau.txt');
    writeFileSync(
      file,
      'THÀNH ỦY HẢI PHÒNG\nSố 12-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nKẾ HOẠCH\nvề công tác năm 2024\n',
    );
    const r = run(file);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ number: { raw: 'Số 12-KH/TU' }, tasks: [] });
    expect(r.err).toContain('Không tìm thấy nhiệm vụ');
    expect(importPlanText(readFileSync(file, 'utf8')).plan.kind).toBe('ke-hoach');
  });
});
