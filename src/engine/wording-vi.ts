import { LABELS } from '../domain/labels';
import type { AssignmentEventType } from './body-machine';
import type { EngineWording } from './wording';

const q = (s: string) => `«${s}»`;
const of = (owner: string | null) => (owner ? ` của ${owner}` : '');

const EVENTS: Record<AssignmentEventType, string> = {
  START: 'bắt đầu',
  REPORT: 'báo cáo',
  APPROVE: 'xác nhận hoàn thành',
  DELIVER: 'gửi báo cáo',
  RETURN: 'trả lại',
  CANCEL: 'hủy',
  DECLINE: 'từ chối đề nghị',
};

/** The engine's sentences in Vietnamese, the language of the documents. */
export const VI: EngineWording = {
  task: (code, title) => `nhiệm vụ ${code} ${q(title)}`,
  missingTask: (id) => `nhiệm vụ ${q(id)}`,
  body: q,

  cannotComplete: (body, task) => `${body} không thể hoàn thành ${task}`,
  waitsForResult: (task, owner) => `chờ kết quả ${task}${of(owner)}`,
  waitsForReport: (task, owner) => `chờ báo cáo của ${task}${of(owner)}`,
  step: (code, body, waits) => `nhiệm vụ ${code} của ${body} ${waits}`,
  inactive: (body, since, due, until, fix) =>
    `${body} không còn hiệu lực: đã giải thể từ ${since}${due ? `, trước hạn ${due}` : ''} (chỉ tồn tại đến ${until}) nên không thể bắt đầu${fix}`,
  notYetEstablished: (body, since, due, fix) =>
    `${body} chỉ thành lập từ ${since}${due ? `, sau hạn ${due}` : ''} nên không thể thực hiện${fix}`,
  noAssignee: (task) => `${task} không có cơ quan chủ trì hay tham gia nào thực hiện`,
  undefinedTask: (task) => `${task} được tham chiếu nhưng không có trong kế hoạch`,
  undefinedAssignee: (task, refs) =>
    `${task} giao cho ${refs.map(q).join(', ')} nhưng cơ quan này không có trong danh mục`,
  waitCycle: (steps, total) =>
    `vòng chờ lẫn nhau: ${steps.join('; ')}${total > steps.length ? `; … (vòng gồm ${total} bước)` : ''}`,
  moreSteps: (count) => `… (còn ${count} bước chờ nữa)`,
  abolishedFrom: (body, date) => `${body} đã giải thể từ ${date}`,
  establishedFrom: (body, date) => `${body} chỉ thành lập từ ${date}`,
  notInDirectory: (body) => `${body} không có trong danh mục`,
  successors: (names) => ` (cơ quan kế thừa: ${names.join(', ')})`,
  adopterUnavailable: (task, absent) => `không ai thông qua được ${task}: ${absent}`,
  approverUnavailable: (body, task, absent) =>
    `không ai xác nhận được phần việc của ${body} trong ${task}: ${absent}`,
  receiverUnavailable: (body, task, absent) => `báo cáo của ${body} về ${task} không gửi được: ${absent}`,
  childPlanStuck: (task, child, stuck) =>
    `${task} được cụ thể hóa bằng kế hoạch ${q(child)}, trong đó ${stuck} cơ quan không thể hoàn thành`,
  childPlanOnCycle: (task, child) =>
    `${task} được cụ thể hóa bằng kế hoạch ${q(child)}, nhưng các kế hoạch cụ thể hóa lẫn nhau thành vòng`,

  issuer: 'cơ quan ban hành',
  focalBody: 'cơ quan đầu mối',
  recipient: (name) => `nơi nhận ${q(name)}`,
  signer: 'người ký',
  groupMember: (group) => `thành viên nhóm ${q(group)}`,
  parentOf: (body) => `cơ quan cấp trên của ${q(body)}`,
  successorOf: (body) => `cơ quan kế thừa của ${q(body)}`,
  leadOf: (task) => `chủ trì ${task}`,
  participantIn: (task) => `phối hợp ${task}`,
  reportReceiverOf: (task) => `nơi nhận báo cáo của ${task}`,
  reportCarrierOf: (task) => `cơ quan chuyển báo cáo của ${task}`,
  adopterOf: (task) => `cơ quan thông qua ${task}`,

  undefinedBody: (id, where) => `Cơ quan ${q(id)} (${where}) không có trong danh mục cơ quan của kế hoạch.`,
  undefinedPrerequisite: (task, id) =>
    `${task} cần kết quả của nhiệm vụ ${q(id)}, nhưng nhiệm vụ này không có trong kế hoạch.`,
  taskNoLead: (task) => `${task} không có cơ quan chủ trì.`,
  leadOpenGroup: (task, group) =>
    `${task} giao chủ trì cho nhóm mở ${q(group)}: chưa biết các thành viên phải hoàn thành.`,
  openGroup: (group) => `Nhóm ${q(group)} chưa xác định thành viên: được kiểm chứng như một bên duy nhất.`,
  existsUntil: (date) => `chỉ tồn tại đến ${date}`,
  existsFrom: (date) => `chỉ tồn tại từ ${date}`,
  bodyNotValid: (body, span, date, task) =>
    `${q(body)} được giao nhiệm vụ nhưng ${span}, không còn hiệu lực vào ${task ? `hạn ${date} của ${task}` : `ngày ${date} của kế hoạch`}.`,
  groupEmpty: (group) =>
    `Nhóm ${q(group)} là nhóm đóng nhưng không có thành viên: nhiệm vụ giao cho nhóm không có ai thực hiện.`,
  groupCycle: (groups) => `Các nhóm ${groups.map(q).join(' → ')} chứa lẫn nhau thành vòng.`,
  groupMemberNotValid: (group, absent, task) =>
    `Thành viên của nhóm ${q(group)}: ${absent}, nên không thực hiện được ${task}.`,
  stage: (stage) => LABELS.vi.stages[stage],
  stageOrder: (task, stage, other, otherStage) =>
    `${task} (giai đoạn ${q(stage)}) chờ ${other} thuộc giai đoạn sau (${q(otherStage)}).`,
  approverUndefined: (id) =>
    `Cơ quan xác nhận kết quả ${q(id)} không có trong danh mục: chưa kiểm chứng được cơ quan này có thể xác nhận.`,
  childPlanCycle: (titles) => `Các kế hoạch cụ thể hóa lẫn nhau thành vòng: ${titles.map(q).join(' → ')}.`,
  childPlanMissing: (task, id) =>
    `${task} được liên kết với kế hoạch cụ thể hóa ${q(id)}, nhưng không tìm thấy kế hoạch này: chờ kế hoạch cụ thể hóa.`,
  noReviewingTask:
    'Kế hoạch không có nhiệm vụ kiểm tra, sơ kết hay tổng kết: không ai đánh giá kết quả thực hiện.',
  reportToNonparticipant: (task, body) =>
    `${task} báo cáo tới ${q(body)}, cơ quan không tham gia kế hoạch (không ban hành, không được giao việc, không là nơi nhận).`,
  recipientActionWithoutTask: (name) =>
    `Nơi nhận ${q(name)} "để thực hiện" nhưng không được giao nhiệm vụ nào trong kế hoạch.`,
  dependencyCycle: (codes) =>
    `Vòng phụ thuộc giữa các nhiệm vụ ${codes.join(' → ')}: không nhiệm vụ nào trong vòng có thể bắt đầu.`,
  deadlineUnknown: (task, phrase, explanation) =>
    `Thời hạn của ${task} chưa xác định được: "${phrase}" (${explanation}).`,
  periodFrom: (date) => `từ ${date}`,
  deadlineOutsidePeriod: (phrase, task, due, period) =>
    `Thời hạn "${phrase}" của ${task} (${due}) nằm ngoài thời gian của kế hoạch (${period}).`,
  dueBeforePrerequisite: (task, due, prerequisiteDue, prerequisite) =>
    `${task} hết hạn ngày ${due}, trước hạn ${prerequisiteDue} của ${prerequisite} mà nó cần kết quả.`,

  event: (type, who, code) => `${who} ${EVENTS[type]} ${code}`,
};
