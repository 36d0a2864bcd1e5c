/** The five stages a plan's tasks move through (giai đoạn). */
export const STAGES = ['drafting', 'disseminating', 'studying', 'implementing', 'reviewing'] as const;
export type Stage = (typeof STAGES)[number];

/** Vietnamese names as the documents use them. */
export const STAGE_LABELS: Record<Stage, string> = {
  drafting: 'Xây dựng kế hoạch',
  disseminating: 'Quán triệt, tuyên truyền',
  studying: 'Nghiên cứu, học tập',
  implementing: 'Triển khai thực hiện',
  reviewing: 'Kiểm tra, sơ kết, tổng kết',
};

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}
