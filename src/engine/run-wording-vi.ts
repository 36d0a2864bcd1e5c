import type { RunWording } from './run-wording';

const q = (s: string) => `«${s}»`;

/** A run's sentences in Vietnamese. */
export const VI: RunWording = {
  subject: (code, assignee) => `nhiệm vụ ${code} của ${assignee}`,
  refused: (action, subject, why) => `Không thể ${q(action)}${subject ? ` (${subject})` : ''}: ${why}.`,
  notIssued: 'kế hoạch chưa được ban hành',
  alreadyIssued: 'kế hoạch đã được ban hành',
  wrongRun: (runId) => `sự kiện thuộc một lượt triển khai khác (${runId})`,
  wrongSeq: (expected, got) => `sự kiện phải mang số thứ tự ${expected}, không phải ${got}`,
  unknownAssignment: (taskId, assigneeId) =>
    `kế hoạch không giao nhiệm vụ ${q(taskId)} cho cơ quan ${q(assigneeId)}`,
  role: (role, holders, person, body) =>
    `chỉ ${role} (${holders}) được làm việc này; ${person} đang làm việc cho ${body}`,
  state: (status) => `nhiệm vụ đang ở trạng thái ${q(status)}`,
  waiting: 'nhiệm vụ còn chờ kết quả hoặc báo cáo của nhiệm vụ khác, hoặc cơ quan không còn hiệu lực',
  paused: (reason) => `nhiệm vụ đang tạm dừng (${reason})`,
  notPaused: 'nhiệm vụ không tạm dừng',
  noDeadline: 'nhiệm vụ không có thời hạn để gia hạn',
  extensionPending: (to) => `đã có đề nghị gia hạn đến ${to} đang chờ quyết định`,
  noExtensionPending: 'không có đề nghị gia hạn nào đang chờ quyết định',
  notLater: (newDue, due) => `thời hạn mới ${newDue} phải sau thời hạn hiện tại ${due}`,
  notARequest: 'đây là nhiệm vụ được giao, không phải đề nghị, nên không thể từ chối',
  noReportEdge: 'nhiệm vụ không có yêu cầu báo cáo lên cấp trên',
  alreadyDelivered: 'báo cáo đã được gửi lên cấp trên',
  audit: (person, body, action, subject) =>
    `${person} (${body}) — ${action}${subject ? ` — ${subject}` : ''}`,
  reason: (text) => `Lý do: ${text}`,
  newDue: (date) => `Thời hạn mới: ${date}`,
  cascade: (subjects) => `Hủy theo: ${subjects.join('; ')}`,
  childRun: (number, issuedOn) => `kế hoạch con ${number ? `số ${number} ` : ''}ban hành ngày ${issuedOn}`,
  reportByChild: (childRun) =>
    `nhiệm vụ được thực hiện bằng ${childRun}; nhiệm vụ tự hoàn thành khi kế hoạch con hoàn thành`,
  notChildPlan: 'nhiệm vụ không giao xây dựng kế hoạch cụ thể hóa, hoặc chưa gắn với kế hoạch con nào',
  notLead: 'chỉ cơ quan chủ trì nhiệm vụ ban hành kế hoạch con',
  childLinked: (childRun) => `nhiệm vụ đã được thực hiện bằng ${childRun}`,
  wrongChildPlan: (expected, got) => `kế hoạch con của nhiệm vụ là ${q(expected)}, không phải ${q(got)}`,
  ownRun: 'một lượt triển khai không thể là kế hoạch con của chính nó',
  noChildRun: 'nhiệm vụ chưa được thực hiện bằng kế hoạch con nào',
  wrongChildRun: (childRun) => `nhiệm vụ được thực hiện bằng một lượt khác: ${childRun}`,
  childTaken: 'lượt triển khai này đã là kế hoạch con của một nhiệm vụ khác',
  childActor: (childRun) => `Hệ thống, thay mặt ${childRun}`,
  lastStep: (person, body) => `bước cuối do ${person}, ${body}`,
  childDone: 'mọi nhiệm vụ của kế hoạch con đã hoàn thành',
};
