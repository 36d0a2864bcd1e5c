import { defineMessages } from '../../i18n/messages';

/** The timeline: what each mark says to a screen reader (and as a tooltip), and its legend. */
export const useTimelineMessages = defineMessages({
  vi: {
    region: (title: string) => `${title} (cuộn ngang để xem hết)`,
    task: 'Nhiệm vụ',
    noLead: 'Chưa có cơ quan chủ trì',
    bodyFinish: (date: string) => `xong dự kiến ${date}`,
    late: 'Có khả năng trễ hạn',
    lateShort: 'trễ',
    bar: (code: string, start: string, p50: string, p90: string, deadline: string) =>
      `${code}: bắt đầu ${start}, xong P50 ${p50}, P90 ${p90}; thời hạn ${deadline}`,
    band: (code: string, from: string, to: string | null) =>
      `${code}: nhiệm vụ thường xuyên/định kỳ từ ${from}${to ? ` đến ${to}` : ', không ghi ngày kết thúc'}`,
    point: (code: string, date: string) => `${code}: sự kiện ngày ${date}`,
    none: 'không vẽ được: không có ngày bắt đầu hoặc không xong được',
    deadline: (date: string) => `Thời hạn ${date}`,
    legend: 'Chú giải',
    legendBar: 'Bắt đầu → xong P50 (đậm) → P90 (nhạt)',
    legendBand: 'Thường xuyên, định kỳ, hằng năm',
    legendPoint: 'Sự kiện vào một ngày cố định',
    legendDeadline: 'Thời hạn',
    legendLate: 'Có khả năng trễ hạn (kẻ sọc, có chữ “trễ”)',
  },
  en: {
    region: (title: string) => `${title} (scroll sideways to see it all)`,
    task: 'Task',
    noLead: 'No lead body yet',
    bodyFinish: (date: string) => `expected done ${date}`,
    late: 'Likely late',
    lateShort: 'late',
    bar: (code: string, start: string, p50: string, p90: string, deadline: string) =>
      `${code}: starts ${start}, done P50 ${p50}, P90 ${p90}; deadline ${deadline}`,
    band: (code: string, from: string, to: string | null) =>
      `${code}: ongoing or recurring from ${from}${to ? ` to ${to}` : ', no end date given'}`,
    point: (code: string, date: string) => `${code}: event on ${date}`,
    none: 'not drawn: no start date, or never done',
    deadline: (date: string) => `Deadline ${date}`,
    legend: 'Legend',
    legendBar: 'Start → done P50 (solid) → P90 (light)',
    legendBand: 'Ongoing, periodic, yearly',
    legendPoint: 'Event on a fixed day',
    legendDeadline: 'Deadline',
    legendLate: 'Likely late (striped, with the word “late”)',
  },
});
