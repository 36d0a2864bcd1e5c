import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEvidenceFiles, EVIDENCE_LIMITS, formatBytes } from '../../../src/domain/evidence-files';

const MB = 1024 * 1024;

describe('the evidence files of a report', () => {
  it('are accepted exactly when each is non-empty and within the limits, alone and together', () => {
    const file = fc.record({ name: fc.string({ minLength: 1 }), size: fc.nat(12 * MB) });
    fc.assert(
      fc.property(fc.array(file, { maxLength: 12 }), (files) => {
        const fits =
          files.length <= EVIDENCE_LIMITS.files &&
          files.every((f) => f.size > 0 && f.size <= EVIDENCE_LIMITS.fileBytes) &&
          files.reduce((s, f) => s + f.size, 0) <= EVIDENCE_LIMITS.totalBytes;
        expect(checkEvidenceFiles(files).length === 0).toBe(fits);
      }),
    );
  });

  it('says in Vietnamese how many files and how large they are together', () => {
    const files = Array.from({ length: 11 }, (_, i) => ({ name: `anh-${i}.jpg`, size: 3 * MB }));
    expect(checkEvidenceFiles(files).map((p) => p.message.vi)).toEqual([
      'Đã chọn 11 tệp; mỗi báo cáo đính kèm được tối đa 10 tệp.',
      'Các tệp nặng tổng cộng 33 MB, quá giới hạn 25 MB cho một báo cáo.',
    ]);
    expect([
      formatBytes(1536),
      formatBytes(12.34 * MB),
      formatBytes(12.34 * MB, 'en'),
      formatBytes(5),
    ]).toEqual(['1,5 KB', '12,3 MB', '12.3 MB', '5 B']);
  });
});
