import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { RowProblem } from '../../app';
import { useApp } from '../app-context';
import { useShellMessages } from '../shell/messages';
import { PageLoading } from '../shell/PageLoading';
import type { LoadProblem } from '../shell/ProblemsPanel';
import { ProblemsNotice } from '../shell/ProblemsNotice';
import { SEED_PLANS } from '../shell/seed-plans';
import { useDocumentTitle } from '../shell/use-document-title';
import { ImportControl } from './ImportControl';
import { ImportProblems } from './ImportProblems';
import { LibraryNotices } from './LibraryNotices';
import './library.css';
import { useLibraryMessages } from './messages';
import { PlanLibraryView } from './PlanLibraryView';
import { useLibraryActions } from './use-library-actions';

/** Stored rows that failed their schema and example files that failed theirs, worded for the notice. */
function useLoadProblems(rows: readonly RowProblem[]): LoadProblem[] {
  const m = useShellMessages();
  return useMemo(
    () => [
      ...rows.map((r) => ({ source: m.rowSource(r.table, r.key), problems: r.problems })),
      ...SEED_PLANS.invalid.map((f) => ({ source: m.seedSource(f.file), problems: f.problems })),
    ],
    [rows, m],
  );
}

const NO_ROW_PROBLEMS: RowProblem[] = [];

/** The library page (`/`): every stored plan, live, with what can be done to it. */
export function LibraryScreen() {
  const m = useLibraryMessages();
  const app = useApp();
  const listing = useLiveQuery(() => app.plans.list(), [app]);
  const actions = useLibraryActions(app);
  const problems = useLoadProblems(listing?.problems ?? NO_ROW_PROBLEMS);
  useDocumentTitle(m.title);

  return (
    <>
      <h1 tabIndex={-1}>{m.title}</h1>
      <p className="lead">{m.lead}</p>
      <div className="library-actions">
        <button type="button" className="button button--primary" onClick={actions.create}>
          {m.create}
        </button>
        <ImportControl onFiles={actions.importFiles} />
      </div>
      <ImportProblems failures={actions.importFailures} onDismiss={actions.dismissImportFailures} />
      <LibraryNotices notice={actions.notice} onUndo={actions.undo} onClose={actions.dismissNotice} />
      <ProblemsNotice problems={problems} />
      {listing ? (
        <PlanLibraryView
          records={listing.records}
          onDuplicate={actions.duplicate}
          onExport={actions.exportPlan}
          onRemove={actions.remove}
        />
      ) : (
        <PageLoading text={m.loading} />
      )}
    </>
  );
}
