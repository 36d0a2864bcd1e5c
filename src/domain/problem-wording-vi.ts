import type { IdUse, ProblemWording } from './problem-wording';

const USES: Record<IdUse['kind'], string> = { body: 'cơ quan', group: 'nhóm', task: 'nhiệm vụ' };

/** Why input was refused, in Vietnamese. */
export const VI: ProblemWording = {
  root: '(gốc)',
  lineColumn: (line, column) => `dòng ${line}, cột ${column}`,
  positionUnknown: '(không rõ vị trí)',
  notJson: (detail) => `Không phải JSON hợp lệ: ${detail}`,

  idFormat: 'Mã định danh chỉ gồm chữ thường không dấu, số và dấu gạch ngang',
  dateFormat: 'Ngày phải có dạng yyyy-mm-dd',
  yearRange: 'Năm của ngày phải từ 0001 đến 9999',
  realDate: 'Ngày không tồn tại trên lịch',
  hasIssuer: 'Kế hoạch cần ít nhất một cơ quan ban hành',
  uniqueId: (id, usedBy) =>
    `Mã "${id}" bị trùng${usedBy ? ` (đã dùng cho ${USES[usedBy.kind]} ${usedBy.label})` : ''}`,
  planIdIsRowKey: (planId, key) => `Mã kế hoạch "${planId}" khác khóa của dòng "${key}"`,
  planIdInOneFile: (id, file) => `Mã kế hoạch "${id}" đã dùng trong tệp ${file}`,
  unknownKey: (key, suggestion) =>
    suggestion
      ? `Khóa \`${key}\` không xác định — có phải ý bạn là \`${suggestion}\`?`
      : `Khóa \`${key}\` không xác định: định dạng kế hoạch không có trường này`,
  formatVersion: (written, newest) =>
    `Phiên bản định dạng ${written} không đọc được: ứng dụng này đọc các phiên bản từ 1 đến ${newest}`,
};
