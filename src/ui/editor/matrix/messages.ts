import { defineMessages } from '../../i18n/messages';

export const useMatrixMessages = defineMessages({
  vi: {
    caption: 'Nhiệm vụ của từng cơ quan, nhóm theo giai đoạn',
    body: 'Cơ quan, nhóm',
    lead: 'chủ trì',
    participant: 'phối hợp',
    group: 'nhóm',
    completes: 'Hoàn thành được',
    completesOnConditions: 'Hoàn thành được, có điều kiện',
    stuck: 'Mắc kẹt',
    noVerdict: 'Không có nhiệm vụ được kiểm chứng',
    pending: 'Chưa kiểm chứng',
    empty: 'Kế hoạch chưa có cơ quan hay nhóm nào.',
  },
  en: {
    caption: "Each body's and group's tasks by stage",
    body: 'Body or group',
    lead: 'lead',
    participant: 'participant',
    group: 'group',
    completes: 'Can complete',
    completesOnConditions: 'Can complete, on conditions',
    stuck: 'Stuck',
    noVerdict: 'No task to verify',
    pending: 'Not checked yet',
    empty: 'The plan has no bodies or groups yet.',
  },
});
