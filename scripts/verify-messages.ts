import type { Language } from '@rollout/core/domain/localized';

const plural = (n: number, one: string, many = `${one}s`) => (n === 1 ? one : many);

/** What `npm run verify` says around the engine's own sentences, in each language (`--lang en`). */
export const VERIFY_MESSAGES = {
  vi: {
    usage: 'Cách dùng: npm run verify -- [--lang vi|en] <tệp hoặc thư mục kế hoạch> …',
    unknownLanguage: (value: string) => `Ngôn ngữ "${value}" không có: chỉ có vi hoặc en.`,
    unreadable: (name: string) => `${name}: không đọc được tệp (không tồn tại hoặc không có quyền đọc).`,
    invalidFile: (name: string, count: number) => `${name}: tệp kế hoạch không hợp lệ (${count} lỗi)`,
    planLine: (name: string, tasks: number, bodies: number) =>
      `${name} · ${tasks} nhiệm vụ · ${bodies} cơ quan được giao`,
    completes: (name: string, id: string) => `✓ ${name}: hoàn thành được (${id})`,
    stuck: (name: string, id: string) => `✗ ${name}: mắc kẹt (${id})`,
    witness: (count: number, steps: string) =>
      `Chuỗi sự kiện dẫn tới chỗ mắc kẹt (${count}): ${steps || '(ngay từ đầu)'}`,
    findings: 'Phát hiện:',
    severity: { error: 'lỗi', warning: 'cảnh báo', info: 'lưu ý' },
    summary: (plans: number, invalid: number, stuck: number) =>
      `${plans} kế hoạch hợp lệ, ${invalid} tệp không hợp lệ, ${stuck} cơ quan mắc kẹt.`,
  },
  en: {
    usage: 'Usage: npm run verify -- [--lang vi|en] <plan files or folders> …',
    unknownLanguage: (value: string) => `There is no language "${value}": only vi or en.`,
    unreadable: (name: string) => `${name}: the file cannot be read (it does not exist or may not be read).`,
    invalidFile: (name: string, count: number) =>
      `${name}: not a valid plan file (${count} ${plural(count, 'problem')})`,
    planLine: (name: string, tasks: number, bodies: number) =>
      `${name} · ${tasks} ${plural(tasks, 'task')} · ${bodies} assigned ${plural(bodies, 'body', 'bodies')}`,
    completes: (name: string, id: string) => `✓ ${name}: completes (${id})`,
    stuck: (name: string, id: string) => `✗ ${name}: stuck (${id})`,
    witness: (count: number, steps: string) =>
      `Events leading to where it is stuck (${count}): ${steps || '(from the start)'}`,
    findings: 'Findings:',
    severity: { error: 'error', warning: 'warning', info: 'note' },
    summary: (plans: number, invalid: number, stuck: number) =>
      `${plans} valid ${plural(plans, 'plan')}, ${invalid} invalid ${plural(invalid, 'file')}, ${stuck} stuck ${plural(stuck, 'body', 'bodies')}.`,
  },
} satisfies Record<Language, unknown>;
