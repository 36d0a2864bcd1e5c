import { defineMessages } from '../i18n/messages';
import type { DueState } from '../../domain/due-state';
import type { EditorView, SaveState } from '../../app';

const vi = {
  opening: 'Đang mở kế hoạch…',
  leaveUnsaved: 'Kế hoạch có thay đổi chưa được lưu. Rời trang này thì các thay đổi đó sẽ mất. Vẫn rời đi?',
  toolbar: 'Công cụ sửa kế hoạch',
  saveStates: {
    saved: 'Đã lưu',
    saving: 'Đang lưu…',
    conflict: 'Chưa lưu: xung đột với bản đã lưu ở nơi khác',
    error: 'Chưa lưu được; sẽ thử lại ở thay đổi tiếp theo',
  } satisfies Record<SaveState, string>,
  undo: 'Hoàn tác',
  redo: 'Làm lại',
  views: 'Chế độ xem',
  viewNames: {
    canvas: 'Sơ đồ',
    list: 'Danh sách nhiệm vụ',
    matrix: 'Ma trận cơ quan',
    machine: 'Máy trạng thái',
  } satisfies Record<EditorView, string>,
  taskList: {
    caption: (n: number) => `${n} nhiệm vụ của kế hoạch, theo giai đoạn`,
    task: 'Nhiệm vụ',
    stage: 'Giai đoạn',
    lead: 'Chủ trì',
    participants: 'Phối hợp',
    deadline: 'Thời hạn',
    needs: 'Cần kết quả của',
    none: '—',
  },
  addTask: 'Thêm nhiệm vụ',
  addToStage: 'Giai đoạn của nhiệm vụ mới',
  newTaskTitle: 'Nhiệm vụ mới',
  autoLayout: 'Sắp xếp tự động',
  autoLayoutHint: 'Đặt vị trí cho các nhiệm vụ chưa có vị trí, giữ nguyên các nhiệm vụ đã đặt',
  relayoutAll: 'Sắp xếp lại tất cả',
  more: 'Thêm',
  moreTools: 'Thao tác khác',
  report: 'Xem báo cáo kiểm chứng',
  saveImage: { png: 'Lưu sơ đồ (.png)', svg: 'Lưu sơ đồ (.svg)' },
  imageFailed: (detail: string) => `Không lưu được sơ đồ: ${detail}`,
  dismiss: 'Đóng',
  /** A command from the canvas or toolbar that was refused (worded by `describeEditError`). */
  refusals: {
    cycle: (path: string) => `Không thể nối: tạo vòng phụ thuộc ${path}`,
    inUse: (name: string, tasks: string) => `Không thể xóa ${name}: còn được giao ở nhiệm vụ ${tasks}`,
    unknownTask: (id: string) => `Không tìm thấy nhiệm vụ ${id}`,
    duplicateId: (id: string) => `Mã "${id}" đã được dùng trong kế hoạch`,
    invalid: (problems: string) => `Thay đổi không hợp lệ: ${problems}`,
  },
  conflictTitle: 'Kế hoạch đã được sửa ở nơi khác',
  conflictText:
    'Một thẻ hoặc cửa sổ khác đã lưu kế hoạch này sau lần lưu cuối của bạn. Các thay đổi của bạn chưa được lưu. Bạn muốn giữ bản nào?',
  keepMine: 'Giữ bản của tôi',
  takeTheirs: 'Dùng bản đã lưu',
  libraryConflictTitle: 'Kế hoạch đã được sửa trong thư viện của tổ chức',
  libraryConflictText: (revision: number) =>
    `Người khác đã lưu kế hoạch này lên máy chủ (phiên bản ${revision}) sau lần gửi cuối từ trình duyệt này. Bản của bạn được lưu trong trình duyệt nhưng chưa gửi lên máy chủ. Bạn muốn giữ bản nào?`,
  takeLibrary: 'Dùng bản trên máy chủ',
  libraryStates: {
    sending: 'Đang gửi lên thư viện của tổ chức…',
    shared: (revision: number) => `Đã lưu lên thư viện của tổ chức (phiên bản ${revision}).`,
    conflict: (revision: number) =>
      `Chưa gửi lên máy chủ: thư viện của tổ chức có phiên bản ${revision} mới hơn.`,
    failed: (reason: string) => `Chưa gửi lên máy chủ: ${reason} Sẽ gửi lại ở lần lưu sau.`,
  },
  highlighting: (name: string) => `Đang tô sáng các nhiệm vụ của ${name}.`,
  clearHighlight: 'Bỏ tô sáng',
  sidePanels: 'Bảng bên',
  closeSide: 'Đóng bảng bên',
  inspector: 'Thuộc tính',
  directory: 'Cơ quan trong kế hoạch',
  problems: 'Vấn đề',
  emptyTitle: 'Kế hoạch chưa có nhiệm vụ nào',
  emptySteps: [
    'Chọn giai đoạn rồi bấm «Thêm nhiệm vụ» trên thanh công cụ; nhiệm vụ mở ra ở bảng thuộc tính bên phải.',
    'Chọn cơ quan chủ trì: gõ vài chữ của tên rồi chọn trong danh mục cơ quan dùng chung.',
    'Gõ thời hạn như văn bản ghi, ví dụ «trước ngày 30/6/2026» hay «quý III/2026».',
  ],
  emptyImport: 'Đã có kế hoạch dưới dạng tệp? Hãy nhập tệp từ',
  emptyImportLink: 'thư viện kế hoạch',
};

type EditorMessages = typeof vi;

const en: EditorMessages = {
  opening: 'Opening the plan…',
  leaveUnsaved:
    'The plan has changes that are not saved. If you leave this page they will be lost. Leave anyway?',
  toolbar: 'Plan editing tools',
  saveStates: {
    saved: 'Saved',
    saving: 'Saving…',
    conflict: 'Not saved: conflicts with a version saved elsewhere',
    error: 'Not saved; will retry with the next change',
  },
  undo: 'Undo',
  redo: 'Redo',
  views: 'View',
  viewNames: { canvas: 'Diagram', list: 'Task list', matrix: 'Body matrix', machine: 'State machine' },
  taskList: {
    caption: (n: number) => `The plan's ${n} tasks, stage by stage`,
    task: 'Task',
    stage: 'Stage',
    lead: 'Lead',
    participants: 'Participants',
    deadline: 'Deadline',
    needs: 'Needs the result of',
    none: '—',
  },
  addTask: 'Add task',
  addToStage: 'Stage of the new task',
  newTaskTitle: 'New task',
  autoLayout: 'Auto layout',
  autoLayoutHint: 'Place the tasks that have no position, keeping the ones already placed',
  relayoutAll: 'Re-layout everything',
  more: 'More',
  moreTools: 'More actions',
  report: 'View the verification report',
  saveImage: { png: 'Save the diagram (.png)', svg: 'Save the diagram (.svg)' },
  imageFailed: (detail: string) => `The diagram could not be saved: ${detail}`,
  dismiss: 'Dismiss',
  refusals: {
    cycle: (path) => `Cannot connect: it would make a dependency cycle ${path}`,
    inUse: (name, tasks) => `Cannot remove ${name}: still assigned in task ${tasks}`,
    unknownTask: (id) => `No task ${id}`,
    duplicateId: (id) => `The id "${id}" is already used in the plan`,
    invalid: (problems) => `Invalid change: ${problems}`,
  },
  conflictTitle: 'The plan was changed elsewhere',
  conflictText:
    'Another tab or window saved this plan after your last save. Your changes are not saved yet. Which version do you want to keep?',
  keepMine: 'Keep my version',
  takeTheirs: 'Use the saved version',
  libraryConflictTitle: "The plan was changed in the organisation's library",
  libraryConflictText: (revision) =>
    `Someone else saved this plan on the server (revision ${revision}) after this browser last sent it. Your version is saved in this browser but not on the server yet. Which version do you want to keep?`,
  takeLibrary: 'Use the server’s version',
  libraryStates: {
    sending: "Sending to the organisation's library…",
    shared: (revision) => `Saved to the organisation's library (revision ${revision}).`,
    conflict: (revision) =>
      `Not sent to the server: the organisation's library has a newer revision ${revision}.`,
    failed: (reason) => `Not sent to the server: ${reason} It will be sent again with the next save.`,
  },
  highlighting: (name) => `Highlighting the tasks of ${name}.`,
  clearHighlight: 'Clear highlight',
  sidePanels: 'Side panels',
  closeSide: 'Close the side panels',
  inspector: 'Properties',
  directory: 'Bodies in the plan',
  problems: 'Problems',
  emptyTitle: 'This plan has no task yet',
  emptySteps: [
    'Choose a stage and press “Add task” in the toolbar; the task opens in the properties on the right.',
    'Pick its lead body: type a few letters of the name and choose from the shared directory.',
    'Type its deadline as the document words it, e.g. “trước ngày 30/6/2026” or “quý III/2026”.',
  ],
  emptyImport: 'Already have the plan as a file? Import it from the',
  emptyImportLink: 'plan library',
};

export const EDITOR_MESSAGES = { vi, en };
export const useEditorMessages = defineMessages(EDITOR_MESSAGES);

const canvasVi = {
  canvas: 'Sơ đồ nhiệm vụ theo giai đoạn',
  taskLabel: (code: string, title: string, lead: string, phrase: string) =>
    `Nhiệm vụ ${code}: ${title}, chủ trì ${lead}, thời hạn ${phrase}`,
  noLead: 'chưa có',
  noDeadline: 'không có',
  lead: (name: string | null) => (name ? `Chủ trì: ${name}` : 'Chưa có cơ quan chủ trì'),
  bodies: (n: number) => `${n} cơ quan`,
  due: {
    overdue: 'Quá hạn',
    soon: 'Sắp đến hạn',
    ongoing: 'Thường xuyên',
    recurring: 'Định kỳ',
    later: 'Chưa đến hạn',
    tentative: 'Dự kiến',
    unknown: 'Chưa rõ hạn',
    none: 'Không có hạn',
  } satisfies Record<DueState, string>,
  blocks: (names: string) => `Làm mắc kẹt: ${names}`,
  highlighted: 'Nhiệm vụ của cơ quan đang chọn',
  dependency: (from: string, to: string) => `${to} cần kết quả của ${from}`,
  nodeHelp:
    'Enter: mở nhiệm vụ trong bảng thuộc tính. Mũi tên: di chuyển 10 điểm (Shift: 50). Delete: xóa. Ctrl+C, Ctrl+V: sao chép, dán.',
  edgeHelp: 'Enter hoặc Space để chọn quan hệ phụ thuộc, rồi Delete để xóa.',
  moved: (direction: string, x: number, y: number) => `Đã di chuyển ${direction}: x ${x}, y ${y}`,
  controls: 'Điều khiển khung nhìn',
  fitView: 'Vừa khung nhìn',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  minimap: 'Bản đồ thu nhỏ',
  laneToggle: (stage: string, n: number) => `${stage}, ${n} nhiệm vụ`,
  laneCount: (n: number) => `${n} nhiệm vụ`,
  collapseLane: 'Thu gọn giai đoạn',
  expandLane: 'Mở rộng giai đoạn',
  handle: 'Điểm nối phụ thuộc',
  unplaced: (n: number) => `${n} nhiệm vụ chưa có vị trí đã lưu (đang xếp tạm).`,
  lanesOpened: (stages: string[]) => `Đã mở rộng giai đoạn ${stages.join(', ')} để hiện nhiệm vụ.`,
};

type CanvasMessages = typeof canvasVi;

const canvasEn: CanvasMessages = {
  canvas: 'Task diagram by stage',
  taskLabel: (code, title, lead, phrase) => `Task ${code}: ${title}, lead ${lead}, deadline ${phrase}`,
  noLead: 'none',
  noDeadline: 'none',
  lead: (name) => (name ? `Lead: ${name}` : 'No lead body yet'),
  bodies: (n) => `${n} ${n === 1 ? 'body' : 'bodies'}`,
  due: {
    overdue: 'Overdue',
    soon: 'Due soon',
    ongoing: 'Ongoing',
    recurring: 'Recurring',
    later: 'Not yet due',
    tentative: 'Tentative',
    unknown: 'Unclear deadline',
    none: 'No deadline',
  },
  blocks: (names) => `Leaves stuck: ${names}`,
  highlighted: 'Task of the chosen body',
  dependency: (from, to) => `${to} needs the result of ${from}`,
  nodeHelp:
    'Enter: open the task in the properties panel. Arrows: move by 10 (Shift: 50). Delete: remove. Ctrl+C, Ctrl+V: copy, paste.',
  edgeHelp: 'Press Enter or Space to select a dependency, then Delete to remove it.',
  moved: (direction, x, y) => `Moved ${direction}: x ${x}, y ${y}`,
  controls: 'View controls',
  fitView: 'Fit view',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  minimap: 'Mini map',
  laneToggle: (stage, n) => `${stage}, ${n} ${n === 1 ? 'task' : 'tasks'}`,
  laneCount: (n) => `${n} ${n === 1 ? 'task' : 'tasks'}`,
  collapseLane: 'Collapse stage',
  expandLane: 'Expand stage',
  handle: 'Dependency handle',
  unplaced: (n) => `${n} tasks have no saved position yet (placed provisionally).`,
  lanesOpened: (stages) =>
    `Expanded the stage${stages.length === 1 ? '' : 's'} ${stages.join(', ')} to show the task.`,
};

export const CANVAS_MESSAGES = { vi: canvasVi, en: canvasEn };
export const useCanvasMessages = defineMessages(CANVAS_MESSAGES);
export type { CanvasMessages };
