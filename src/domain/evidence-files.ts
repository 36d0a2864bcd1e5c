import type { PlanProblem } from './problems';

/** Limits on the files attached to one report as evidence (minh chứng), kept in the browser's storage. */
export const EVIDENCE_LIMITS = {
  files: 10,
  fileBytes: 10 * 1024 * 1024,
  totalBytes: 25 * 1024 * 1024,
} as const;

/** What the rules read of a file. */
export interface EvidenceFileInfo {
  name: string;
  size: number;
}

/** A size as people read it: "12,3 MB", "850 KB" (Vietnamese decimal comma) or "12.3 MB". */
export function formatBytes(bytes: number, language: 'vi' | 'en' = 'vi'): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'B'];
  const text = unit === 'B' ? String(value) : value.toFixed(1).replace(/\.0$/, '');
  return `${language === 'vi' ? text.replace('.', ',') : text} ${unit}`;
}

/**
 * What is wrong with the files attached to a report, naming the file: empty, larger than one file may be,
 * too many, or too large together. No problems: the files may be kept.
 */
export function checkEvidenceFiles(files: readonly EvidenceFileInfo[]): PlanProblem[] {
  const { files: most, fileBytes, totalBytes } = EVIDENCE_LIMITS;
  const problems: PlanProblem[] = [];
  const at = (name: string) => ({ vi: `tệp minh chứng «${name}»`, en: `evidence file “${name}”` });
  for (const f of files) {
    if (f.size === 0)
      problems.push({
        path: at(f.name),
        message: { vi: 'Tệp trống (0 byte).', en: 'The file is empty (0 bytes).' },
      });
    else if (f.size > fileBytes)
      problems.push({
        path: at(f.name),
        message: {
          vi: `Tệp nặng ${formatBytes(f.size)}, quá giới hạn ${formatBytes(fileBytes)} cho một tệp.`,
          en: `The file is ${formatBytes(f.size, 'en')}, over the limit of ${formatBytes(fileBytes, 'en')} per file.`,
        },
      });
  }
  const whole = { vi: 'tệp minh chứng', en: 'evidence files' };
  if (files.length > most)
    problems.push({
      path: whole,
      message: {
        vi: `Đã chọn ${files.length} tệp; mỗi báo cáo đính kèm được tối đa ${most} tệp.`,
        en: `${files.length} files chosen; a report takes at most ${most} files.`,
      },
    });
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > totalBytes)
    problems.push({
      path: whole,
      message: {
        vi: `Các tệp nặng tổng cộng ${formatBytes(total)}, quá giới hạn ${formatBytes(totalBytes)} cho một báo cáo.`,
        en: `The files come to ${formatBytes(total, 'en')}, over the limit of ${formatBytes(totalBytes, 'en')} per report.`,
      },
    });
  return problems;
}
