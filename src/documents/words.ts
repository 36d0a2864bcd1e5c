/** Every warning the importer gives, in Vietnamese first and English. */
import type { Localized } from '../domain/localized';

export const WORDS = {
  incomingStamp: (n: string): Localized => ({
    vi: `"Số: ${n}" cùng "Ngày/Chuyển" là dấu công văn đến của cơ quan nhận, không phải số của kế hoạch.`,
    en: `"Số: ${n}" with "Ngày/Chuyển" is the receiving office's incoming stamp, not the plan's number.`,
  }),
  routingTable: {
    vi: 'Bảng chuyển ĐƠN VỊ / CHỦ TRÌ / THAM GIA là phiếu chuyển của cơ quan nhận; đã bỏ qua.',
    en: 'The ĐƠN VỊ / CHỦ TRÌ / THAM GIA table is the receiving office’s routing slip; ignored.',
  },
  notesAbove: (text: string): Localized => ({
    vi: `Ghi chú viết tay phía trên tiêu đề văn bản đã bỏ qua: "${text}".`,
    en: `Handwritten notes above the header were ignored: "${text}".`,
  }),
  ocrBlock: (count: number, reversed: boolean): Localized => ({
    vi: `${count} dòng nhận dạng (OCR) không dấu${reversed ? ', thứ tự dòng bị đảo (đã đọc lại theo đúng thứ tự)' : ''}; cần đối chiếu bản gốc.`,
    en: `${count} OCR lines without diacritics${reversed ? ', in reversed line order (read back in order)' : ''}; check against the original.`,
  }),
  typo: (written: string, meant: string): Localized => ({
    vi: `Lỗi chính tả "${written}" được đọc là "${meant}".`,
    en: `Typo "${written}" read as "${meant}".`,
  }),
  newBody: (name: string): Localized => ({
    vi: `Cơ quan "${name}" chưa có trong danh mục: đã thêm mới, cần xem lại.`,
    en: `Body "${name}" is not in the directory: added as new, to be reviewed.`,
  }),
  noIssuer: {
    vi: 'Không tìm thấy cơ quan ban hành; đã đặt tạm một cơ quan cần xác định.',
    en: 'No issuing body found; a placeholder body was set, to be identified.',
  },
  twoIssuers: {
    vi: 'Văn bản có hai cơ quan cùng ban hành.',
    en: 'The document has two co-issuing bodies.',
  },
  noKind: {
    vi: 'Không nhận ra tên loại văn bản (Kế hoạch, Chương trình, Hướng dẫn…); tạm coi là Kế hoạch.',
    en: 'The kind of document (plan, programme, guidance…) was not recognised; taken as a plan.',
  },
  noTitle: {
    vi: 'Không tìm thấy trích yếu (tên) của văn bản.',
    en: 'The document’s title was not found.',
  },
  noFormat: {
    vi: 'Không có quốc hiệu hay "ĐẢNG CỘNG SẢN VIỆT NAM": thể thức được suy ra.',
    en: 'Neither the national motto nor "ĐẢNG CỘNG SẢN VIỆT NAM" is present: the format was inferred.',
  },
  noTasks: {
    vi: 'Không tìm thấy nhiệm vụ có cơ quan chủ trì; bản nháp chỉ có phần đầu văn bản.',
    en: 'No task with a lead body was found; the draft holds only the document’s header.',
  },
  noSignature: {
    vi: 'Văn bản không có khối chữ ký.',
    en: 'The document has no signature block.',
  },
  appendix: (code: string): Localized => ({
    vi: `Nhiệm vụ ${code}: thời hạn nằm trong Phụ lục không có trong văn bản.`,
    en: `Task ${code}: the deadline is in an appendix that is not in the text.`,
  }),
  citationConflict: (ref: string, a: string, b: string): Localized => ({
    vi: `Văn bản dẫn ${ref} với hai thông tin khác nhau: ${a} và ${b}.`,
    en: `The document cites ${ref} with two different details: ${a} and ${b}.`,
  }),
  dateInconsistency: (ref: string, refYear: number, year: number): Localized => ({
    vi: `Văn bản căn cứ ${ref} ghi năm ${refYear} nhưng các mốc thời gian của kế hoạch ở năm ${year}; giữ nguyên, cần kiểm tra.`,
    en: `The cited ${ref} is dated ${refYear} while the plan’s dates are in ${year}; kept as written, to be checked.`,
  }),
  requestsOnly: {
    vi: 'Mọi phân công là đề nghị (giữa các cơ quan ngang cấp), không phải giao nhiệm vụ.',
    en: 'Every assignment is a request (between equals), not an order.',
  },
  noReview: {
    vi: 'Kế hoạch không có nhiệm vụ kiểm tra, sơ kết, tổng kết.',
    en: 'The plan has no review task (monitoring, interim or final review).',
  },
  deadlineUnread: (code: string, phrase: string): Localized => ({
    vi: `Nhiệm vụ ${code}: chưa hiểu thời hạn "${phrase}".`,
    en: `Task ${code}: the deadline "${phrase}" was not understood.`,
  }),
  internalError: (detail: string): Localized => ({
    vi: `Lỗi khi đọc văn bản (${detail}); bản nháp chỉ có phần đã đọc được.`,
    en: `Error while reading the document (${detail}); the draft holds only what was read.`,
  }),
} as const;
