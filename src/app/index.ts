/** The application layer's public face: what the screens (and later a worker or a server) use. */
export { createApp, startApp, type App } from './app';
export type { EditorState, EditorStore, EditorView, SaveState } from './editor-store';
export { errorDetail } from './error-detail';
export { stuckCount, type PlanVerdict } from './verification';
export type { PlanRecord, RemovedPlan, RowProblem } from '../store';
