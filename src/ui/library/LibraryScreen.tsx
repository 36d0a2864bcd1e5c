import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, use, useMemo, useSyncExternalStore } from 'react';
import type { RowProblem } from '../../app';
import { useApp } from '../app-context';
import { Link } from '../router/router';
import { useShellMessages } from '../shell/messages';
import { PageLoading } from '../shell/PageLoading';
import type { LoadProblem } from '../shell/ProblemsPanel';
import { ProblemsNotice } from '../shell/ProblemsNotice';
import { startApp } from '../shell/startup';
import { useDocumentTitle } from '../shell/use-document-title';
import { ImportControl } from './ImportControl';
import { ImportProblems } from './ImportProblems';
import { LibraryNotices } from './LibraryNotices';
import './library.css';
import { useLibraryMessages } from './messages';
import { PlanLibraryView } from './PlanLibraryView';
import { useLibraryActions } from './use-library-actions';

/** Stored rows that failed their schema and example files refused while seeding, worded for the notice. */
function useLoadProblems(rows: readonly RowProblem[]): LoadProblem[] {
  const m = useShellMessages();
  const { seedProblems } = use(startApp());
  return useMemo(
    () => [
      ...rows.map((r) => ({ source: m.rowSource(r.table, r.key), problems: r.problems })),
      ...seedProblems.map((f) => ({ source: m.seedSource(f.file), problems: f.problems })),
    ],
    [rows, seedProblems, m],
  );
}

const NO_ROW_PROBLEMS: RowProblem[] = [];

/** The organisation's library on the server: loaded only when signed in to one. */
const OrganisationLibrary = lazy(() => import('./organisation/OrganisationLibrary'));

/** The library page (`/`): every stored plan, live, with what can be done to it. */
export function LibraryScreen() {
  const m = useLibraryMessages();
  const app = useApp();
  const listing = useLiveQuery(() => app.plans.list(), [app]);
  const actions = useLibraryActions(app);
  const problems = useLoadProblems(listing?.problems ?? NO_ROW_PROBLEMS);
  const server = useSyncExternalStore(app.server.subscribe, app.server.current);
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
        <Link to={{ name: 'import' }} className="button">
          {m.importDocument}
        </Link>
      </div>
      <ImportProblems failures={actions.importFailures} onDismiss={actions.dismissImportFailures} />
      <LibraryNotices notice={actions.notice} onUndo={actions.undo} onClose={actions.dismissNotice} />
      <ProblemsNotice problems={problems} />
      {server.kind === 'signed-in' && listing ? (
        <Suspense fallback={null}>
          <OrganisationLibrary records={listing.records} server={server} />
        </Suspense>
      ) : null}
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
