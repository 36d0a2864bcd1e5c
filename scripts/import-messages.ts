/** What `npm run import` says, in Vietnamese (its language; warnings also carry their English). */
export const IMPORT_MESSAGES = {
  usage:
    'Cách dùng: npm run import -- <tệp.txt|tệp.docx> [--out kế-hoạch.json] [--directory <thư mục kế hoạch>]',
  missing: (file: string) => `Không tìm thấy tệp "${file}".`,
  unreadable: (file: string) => `Không đọc được tệp "${file}".`,
  refused: (file: string, reason: string) => `Không tạo được bản nháp từ "${file}": ${reason}`,
  badDirectory: (path: string) =>
    `Không đọc được danh mục cơ quan từ "${path}" (cần thư mục hoặc tệp .plan.json).`,
  written: (file: string, tasks: number, warnings: number) =>
    `Đã ghi bản nháp vào "${file}": ${tasks} nhiệm vụ, ${warnings} cảnh báo.`,
  warning: (line: number | null, vi: string, en: string) =>
    `  ${line === null ? '' : `dòng ${line}: `}${vi} (${en})`,
  warnings: (n: number) => `${n} cảnh báo:`,
} as const;
