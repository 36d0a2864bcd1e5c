import { describe, expect, it } from 'vitest';
import { importPlanText } from '../../../src/documents';
import { findDeadline } from '../../../src/documents/deadline';
import { stageOf } from '../../../src/documents/stage';

describe('the stage of a task', () => {
  it('is reviewing when the assignee watches over the work, even among implementing verbs', () => {
    expect(
      stageOf('Thực hiện tốt chế độ trực. Tăng cường kiểm tra, đôn đốc việc xử lý hồ sơ tồn đọng.'),
    ).toBe('reviewing');
    expect(stageOf('Thường xuyên rà quét các trang tin điện tử; xử lý kịp thời vi phạm.')).toBe('reviewing');
  });

  it('stays implementing when the watching is the aim of the task, not its action', () => {
    expect(stageOf('Tạo điều kiện để Nhân dân giám sát việc thực hiện các dự án.')).toBe('implementing');
  });
});

describe('a task’s rhythm as its deadline', () => {
  it('reads "Thường xuyên" opening a task and "định kỳ" closing it', () => {
    expect(findDeadline('Thường xuyên cập nhật dữ liệu dân cư.', 2025, null)?.phrase).toBe('Thường xuyên');
    expect(findDeadline('Tổ chức họp giao ban báo chí định kỳ.', 2025, null)?.phrase).toBe('định kỳ');
  });
});

describe('a document to write and a meeting to hold, said in one item', () => {
  it('are two tasks of two stages, in the order of the text', () => {
    const text = [
      'ỦY BAN NHÂN DÂN XÃ AN LẠC',
      'KẾ HOẠCH',
      'Triển khai đề án chuyển đổi số',
      'I. NHIỆM VỤ',
      '1. Phòng Văn hóa - Xã hội: Biên soạn tài liệu hỏi đáp về Đề án chuyển đổi số. Chủ trì tổ chức hội nghị quán triệt Đề án cho cán bộ, công chức xã.',
    ].join('\n');
    const { plan } = importPlanText(text);
    expect(plan.tasks.map((t) => t.stage)).toEqual(['drafting', 'disseminating']);
    expect(plan.tasks.map((t) => t.code)).toEqual(['I.1 (1)', 'I.1 (2)']);
  });
});
