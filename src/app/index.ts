/** The application layer's public face: what the screens (and later a worker or a server) use. */
export { createApp, startApp, type App } from './app';
export type { EditorState, EditorStore, EditorView, SaveState, TaskField } from './editor-store';
export { errorDetail } from './error-detail';
export { isIssuer, type ServerStatus } from './server-connection';
export type { ChildOn, ChildProgress } from './child-runs';
export type { RunFollower, SharedRunView } from './run-follower';
export type { ServerRunList } from './shared-runs';
export type { LibraryListing } from './server-plans';
export type { RunLogSource } from './run-log';
export type { ServerActor } from './server-client';
export { DUE_SOON_DEFAULT, DUE_SOON_RANGE, type StaffProfile } from './settings';
export type { PlanVerdict, Standing } from './verdict';
export type { VerificationService } from './verification';
export type { AttachmentRecord, PlanRecord, RemovedPlan, RowProblem } from '../store';
