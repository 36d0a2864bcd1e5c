/** The deadline parser's Vietnamese: the words a Vietnamese plan would use, dates written dd/mm/yyyy. */
import { formatDateVi as d, MAX_YEAR, MIN_YEAR, WEEKDAYS_VI } from './date';
import { range, type DeadlineWording } from './deadline-wording';

const ROMAN = ['', 'I', 'II', 'III', 'IV'];
const UNITS = { month: 'tháng', quarter: 'quý', week: 'tuần', day: 'ngày' } as const;
const half = (first: boolean) => `6 tháng ${first ? 'đầu' : 'cuối'} năm`;

export const VI: DeadlineWording = {
  planYearNote: '; năm lấy theo năm của kế hoạch',
  tentativeNote: '; dự kiến, có thể lùi mà không tính là quá hạn',
  weekdayAgrees: (date, w) => `; ngày ${d(date)} đúng là ${w.written}`,
  weekdayDisagrees: (date, w, actual) =>
    `; lưu ý: văn bản ghi ${w.written} nhưng ngày ${d(date)} là ${WEEKDAYS_VI[actual] ?? ''}`,

  noPhrase: 'Không có cụm từ thời hạn',
  inAppendix: 'Thời hạn ghi trong Phụ lục, mà Phụ lục không có trong văn bản',
  ongoing: 'Thực hiện thường xuyên: không có hạn cố định, đánh giá qua báo cáo định kỳ',
  citedDateOnly: 'Chỉ có ngày ban hành của văn bản được dẫn, không có thời hạn',
  notRecognised: 'Không nhận ra thời hạn trong cụm từ này',
  policyHorizon: 'Mốc định hướng của chính sách, không phải thời hạn của nhiệm vụ',
  repeatsAnnually: 'Lặp lại hằng năm',
  repeatsEvery: (unit) => `Lặp lại hằng ${UNITS[unit]}`,
  repeatsPeriodically: 'Thực hiện định kỳ (không ghi rõ chu kỳ)',
  noSingleDue: (recurrence) => `${recurrence}: không có một hạn chót duy nhất`,

  dueOnOrBefore: (date) => `Hạn chót ${d(date)} (chậm nhất ngày ${d(date)}, tính cả ngày này)`,
  dueBeforeTime: (date, time) => `Hạn chót ${d(date)}, trước ${time ?? 'giờ ghi trong văn bản'}`,
  dueBeforeDay: (due, day) => `Hạn chót ${d(due)} (trước ngày ${d(day)})`,
  eventOn: (date, time) => `Sự kiện ngày ${d(date)}${time ? `, lúc ${time}` : ''}`,
  fromTo: (start, end) => `Từ ${d(start)} đến hết ${d(end)}`,
  datesReversed: (start, end) => `Khoảng thời gian ngược: ${d(start)} sau ${d(end)}`,
  anniversaryDates: (start, end) =>
    `Khoảng kỷ niệm ${d(start)} – ${d(end)}: không phải thời hạn (ngày kỷ niệm là ${d(end)})`,
  noSuchTime: (time) => `Giờ ${time} không có thật`,
  dateYearTooShort: (dayMonth, yearText) => `Ngày ${dayMonth}/${yearText} ghi năm không đủ 4 chữ số`,
  dateWithoutYear: (dayMonth) => `Ngày ${dayMonth} không ghi năm và chưa biết năm của kế hoạch`,
  dateNoSuchMonth: ({ dayMonth, year, month }) =>
    `Ngày ${dayMonth}/${year} không có trên lịch: không có tháng ${month}`,
  dateNoSuchDay: ({ dayMonth, year, month }, days) =>
    `Ngày ${dayMonth}/${year} không có trên lịch: tháng ${month}/${year} chỉ có ${days} ngày`,

  yearOutOfRange: (year) => `Năm ${year} nằm ngoài lịch: năm phải từ ${MIN_YEAR} đến ${MAX_YEAR}`,
  halfYear: (first, year) => `${half(first)} ${year}`,
  quarters: (from, to, year) => `quý ${range(from, to, (q) => ROMAN[q] ?? '')}/${year}`,
  months: (from, to, year) => `tháng ${range(from, to, String)}/${year}`,
  year: (year) => `năm ${year}`,
  dueBeforePeriod: (due, period) => `Hạn chót ${d(due)} (trước ${period})`,
  dueEndOfPeriod: (due, period) => `Hạn chót ${d(due)} (hết ${period})`,
  dueInYear: (due, endOfYear, year) => `Hạn chót ${d(due)} (${endOfYear ? 'cuối năm' : 'trong năm'} ${year})`,
  halfYearSubject: (first) => `“${half(first)}”`,
  quarterSubject: (quarter) => `Quý ${ROMAN[quarter] ?? ''}`,
  monthSubject: (month) => `Tháng ${month}`,
  beforeYearSubject: '“Trước năm”',
  endOfYearSubject: '“Cuối năm”',
  inYearSubject: '“Trong năm”',
  yearTooShort: (subject, yearText) => `${subject} ghi năm “${yearText}” không đủ 4 chữ số`,
  yearMissing: (subject) => `${subject} không ghi năm và chưa biết năm của kế hoạch`,
  noSuchQuarter: (written) => `Không có quý “${written}” (chỉ có quý I đến IV)`,
  quartersReversed: (from, to) => `Khoảng quý ngược: quý ${ROMAN[from] ?? ''} đến quý ${ROMAN[to] ?? ''}`,
  noSuchMonth: (month) => `Không có tháng ${month} (chỉ có tháng 1 đến 12)`,
  monthsReversed: (from, to) => `Khoảng tháng ngược: tháng ${from} đến tháng ${to}`,
  vagueYear: (early) => `“${early ? 'Đầu' : 'Giữa'} năm” không chỉ rõ hạn chót`,
  periodYears: (from, to, start, end) => `Giai đoạn ${from}–${to}: từ ${d(start)} đến hết ${d(end)}`,
  periodOpenEnded: (from, to, start) =>
    `Giai đoạn ${from}–${to} và những năm tiếp theo: bắt đầu ${d(start)}, không có hạn kết thúc`,
  openEnded: (start) =>
    `Kéo dài cả những năm tiếp theo: ${start ? `bắt đầu ${d(start)}, ` : ''}không có hạn kết thúc`,
  periodReversed: (from, to) => `Giai đoạn ngược: ${from} đến ${to}`,
  anniversaryYears: (from, to) => `Khoảng kỷ niệm ${from}–${to}: không phải thời hạn`,
};
