import type { Language } from '@rollout/core/domain/localized';
import type { CaveatKind } from '@rollout/core/engine/verdict';

const plural = (n: number, one: string, many = `${one}s`) => (n === 1 ? one : many);

/** What `npm run verify` says around the engine's own sentences, in each language (`--lang en`). */
export const VERIFY_MESSAGES = {
  vi: {
    usage: 'Cách dùng: npm run verify -- [--lang vi|en] [--json] <tệp hoặc thư mục kế hoạch> …',
    unknownLanguage: (value: string) => `Ngôn ngữ "${value}" không có: chỉ có vi hoặc en.`,
    unreadable: (name: string) => `${name}: không đọc được tệp (không tồn tại hoặc không có quyền đọc).`,
    noPlanFiles: (folders: string) =>
      `${folders}: không có tệp kế hoạch nào (thư mục được đọc các tệp *.plan.json).`,
    invalidFile: (name: string, count: number) => `${name}: tệp kế hoạch không hợp lệ (${count} lỗi)`,
    planLine: (name: string, tasks: number, bodies: number) =>
      `${name} · ${tasks} nhiệm vụ · ${bodies} cơ quan được giao`,
    completes: (name: string, id: string, caveats: string[]) =>
      caveats.length === 0
        ? `✓ ${name}: hoàn thành được (${id})`
        : `◐ ${name}: hoàn thành được, có điều kiện (${id}): ${caveats.join('; ')}`,
    caveat: (kind: CaveatKind, code: string) =>
      ({
        'open-group': `nhóm mở chưa rõ thành viên (${code})`,
        request: `dựa trên đề nghị có thể bị từ chối (${code})`,
        'child-plan-unlinked': `chờ kế hoạch cụ thể hóa (${code})`,
      })[kind],
    onTasks: (codes: string[]) => `(ở ${codes.length} nhiệm vụ: ${codes.join(', ')})`,
    planWarnings: 'Cảnh báo ghi trong kế hoạch:',
    errorPlans: (count: number) => `${count} kế hoạch có phát hiện mức lỗi.`,
    stuck: (name: string, id: string) => `✗ ${name}: mắc kẹt (${id})`,
    witness: (steps: string) => `Chuỗi sự kiện dẫn tới chỗ mắc kẹt: ${steps}`,
    after: (parts: number[]) => `sau chuỗi ${parts.map((n) => `#${n}`).join(', ')}`,
    sharedRuns:
      'Chuỗi dùng chung (mỗi chuỗi kể một lần; «sau chuỗi #k»: chạy chuỗi #k trước, bỏ qua sự kiện đã chạy):',
    rootFirst: (message: string, n: number) => `${message} [nguyên nhân gốc #${n}]`,
    rootAgain: (code: string, waits: string | null, n: number) =>
      `${code}${waits ? ` chờ ${waits}` : ''} → nguyên nhân gốc #${n}`,
    findings: 'Phát hiện:',
    severity: { error: 'lỗi', warning: 'cảnh báo', info: 'lưu ý' },
    summary: (plans: number, invalid: number, stuck: number) =>
      `${plans} kế hoạch hợp lệ, ${invalid} tệp không hợp lệ, ${stuck} cơ quan mắc kẹt.`,
  },
  en: {
    usage: 'Usage: npm run verify -- [--lang vi|en] [--json] <plan files or folders> …',
    unknownLanguage: (value: string) => `There is no language "${value}": only vi or en.`,
    unreadable: (name: string) => `${name}: the file cannot be read (it does not exist or may not be read).`,
    noPlanFiles: (folders: string) =>
      `${folders}: no plan files (a folder is read for its *.plan.json files).`,
    invalidFile: (name: string, count: number) =>
      `${name}: not a valid plan file (${count} ${plural(count, 'problem')})`,
    planLine: (name: string, tasks: number, bodies: number) =>
      `${name} · ${tasks} ${plural(tasks, 'task')} · ${bodies} assigned ${plural(bodies, 'body', 'bodies')}`,
    completes: (name: string, id: string, caveats: string[]) =>
      caveats.length === 0
        ? `✓ ${name}: completes (${id})`
        : `◐ ${name}: completes, on conditions (${id}): ${caveats.join('; ')}`,
    caveat: (kind: CaveatKind, code: string) =>
      ({
        'open-group': `an open group whose members are not known (${code})`,
        request: `rests on a request that may be declined (${code})`,
        'child-plan-unlinked': `waits for a child plan (${code})`,
      })[kind],
    onTasks: (codes: string[]) => `(on ${codes.length} tasks: ${codes.join(', ')})`,
    planWarnings: "The plan's own warnings:",
    errorPlans: (count: number) => `${count} ${plural(count, 'plan has', 'plans have')} error findings.`,
    stuck: (name: string, id: string) => `✗ ${name}: stuck (${id})`,
    witness: (steps: string) => `Events leading to where it is stuck: ${steps}`,
    after: (parts: number[]) => `after run ${parts.map((n) => `#${n}`).join(', ')}`,
    sharedRuns: 'Shared runs (each told once; "after run #k": run #k first, leaving out events already run):',
    rootFirst: (message: string, n: number) => `${message} [root cause #${n}]`,
    rootAgain: (code: string, waits: string | null, n: number) =>
      `${code}${waits ? ` waits for ${waits}` : ''} → root cause #${n}`,
    findings: 'Findings:',
    severity: { error: 'error', warning: 'warning', info: 'note' },
    summary: (plans: number, invalid: number, stuck: number) =>
      `${plans} valid ${plural(plans, 'plan')}, ${invalid} invalid ${plural(invalid, 'file')}, ${stuck} stuck ${plural(stuck, 'body', 'bodies')}.`,
  },
} satisfies Record<Language, unknown>;
