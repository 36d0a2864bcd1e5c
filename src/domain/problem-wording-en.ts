import type { IdUse, ProblemWording } from './problem-wording';

const q = (s: string) => `“${s}”`;
const USES: Record<IdUse['kind'], string> = { body: 'the body', group: 'the group', task: 'the task' };

/** Why input was refused, in English; ids, names, codes and file names stand in “curly quotes”. */
export const EN: ProblemWording = {
  root: '(root)',
  lineColumn: (line, column) => `line ${line}, column ${column}`,
  positionUnknown: '(position unknown)',
  notJson: (detail) => `Not valid JSON: ${detail}`,

  idFormat: 'An id may contain only lowercase letters without diacritics, digits and hyphens',
  dateFormat: 'A date must be written yyyy-mm-dd',
  yearRange: 'The year of a date must be from 0001 to 9999',
  realDate: 'This date is not on the calendar',
  hasIssuer: 'A plan needs at least one issuing body',
  uniqueId: (id, usedBy) =>
    `The id ${q(id)} is repeated${usedBy ? ` (already used for ${USES[usedBy.kind]} ${q(usedBy.label)})` : ''}`,
  planIdIsRowKey: (planId, key) => `The plan id ${q(planId)} differs from the key of its row, ${q(key)}`,
  planIdInOneFile: (id, file) => `The plan id ${q(id)} is already used in the file ${q(file)}`,
  unknownKey: (key, suggestion) =>
    suggestion
      ? `Unknown key \`${key}\` — did you mean \`${suggestion}\`?`
      : `Unknown key \`${key}\`: the plan format has no such field`,
  formatVersion: (written, newest) =>
    `Format version ${written} cannot be read: this app reads versions 1 to ${newest}`,
};
