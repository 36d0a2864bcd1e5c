/** The five stages a plan's tasks move through (giai đoạn). */
export const STAGES = ['drafting', 'disseminating', 'studying', 'implementing', 'reviewing'] as const;
export type Stage = (typeof STAGES)[number];

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}
