import type { RemovedPlan } from '../../app';
import type { LibraryMessages } from './messages';

/** The outcome of the last library action, kept as data so it is worded in the current language. */
export type LibraryNotice =
  | { kind: 'removed'; removed: RemovedPlan }
  | { kind: 'restored' | 'duplicated'; title: string }
  | { kind: 'exported'; file: string }
  | { kind: 'imported'; titles: string[] }
  | { kind: 'failed'; detail: string };

/** A notice as shown: `seq` tells a new notice from the last one, even with the same words. */
export type ShownNotice = LibraryNotice & { seq: number };

export function noticeText(m: LibraryMessages, notice: LibraryNotice): string {
  switch (notice.kind) {
    case 'removed':
      return m.removed(notice.removed.record.plan.title);
    case 'restored':
      return m.restored(notice.title);
    case 'duplicated':
      return m.duplicated(notice.title);
    case 'exported':
      return m.exported(notice.file);
    case 'imported':
      return m.imported(notice.titles.join('; '));
    case 'failed':
      return m.actionFailed(notice.detail);
  }
}
