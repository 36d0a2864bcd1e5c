/**
 * Documents in and out (pure: no React, no database, no DOM): a text or .docx becomes a draft plan with every
 * item traced to its source; a plan goes out as a Party/State .docx, an assignment table (.xlsx, CSV) and a
 * calendar (.ics).
 */
export { importPlanText, type ImportOptions, type ImportResult } from './draft';
export { importDocument, importDocx, docxText, type ImportOutcome } from './import';
export { screenText, screenDraft, type Refusal, type RefusalCode } from './screen';
export { directoryFromPlans, type Directory } from './directory';
export type { ExtractedItem, ImportWarning, ItemField, Span } from './items';
export { exportPlanDocx } from './export-docx';
export { exportAssignmentsCsv, exportAssignmentsXlsx } from './export-table';
export { exportCalendarIcs, type CalendarOptions } from './export-ics';
