import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_STATUSES } from '../../../src/domain/assignment-status';
import { BODY_KINDS, BODY_LEVELS } from '../../../src/domain/body';
import { LABELS } from '../../../src/domain/labels';
import { PLAN_KINDS, RECIPIENT_PURPOSES } from '../../../src/domain/plan';
import { SEVERITIES } from '../../../src/domain/severity';
import { STAGES } from '../../../src/domain/stage';
import { TASK_KINDS } from '../../../src/domain/task';

/** Letters only Vietnamese writes (with their marks), in either case. */
const VIETNAMESE = /[ăâđêôơưàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/iu;

/** Each catalogue's keys are exactly the values of the enumeration it names. */
const ENUMS = {
  planKinds: PLAN_KINDS,
  stages: STAGES,
  taskKinds: TASK_KINDS,
  purposes: RECIPIENT_PURPOSES,
  bodyKinds: BODY_KINDS,
  bodyLevels: BODY_LEVELS,
  severities: SEVERITIES,
  statuses: ASSIGNMENT_STATUSES,
} as const;

describe('label catalogues', () => {
  for (const [kind, values] of Object.entries(ENUMS)) {
    it(`${kind}: one label per value in each language, the English one without Vietnamese`, () => {
      for (const language of ['vi', 'en'] as const) {
        const labels: Record<string, string> = LABELS[language][kind as keyof typeof ENUMS];
        expect(Object.keys(labels).sort()).toEqual([...values].sort());
        for (const label of Object.values(labels)) expect(label.trim()).not.toBe('');
      }
      expect(Object.values(LABELS.en[kind as keyof typeof ENUMS]).filter((l) => VIETNAMESE.test(l))).toEqual(
        [],
      );
    });
  }

  it('names each value differently within a catalogue, so a list never shows two alike', () => {
    for (const language of ['vi', 'en'] as const)
      for (const kind of Object.keys(ENUMS) as Array<keyof typeof ENUMS>) {
        const labels = Object.values(LABELS[language][kind]);
        expect(new Set(labels).size, `${language} ${kind}`).toBe(labels.length);
      }
  });
});
