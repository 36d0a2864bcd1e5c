import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import type { EditorStore, PlanRecord, RowProblem } from '../../app';
import { useApp } from '../app-context';
import { PlanNotFound } from '../plan-view/PlanNotFound';
import { useLeaveCheck } from '../router/router';
import { PageLoading } from '../shell/PageLoading';
import { useDocumentTitle } from '../shell/use-document-title';
import { EditorProvider } from './editor-context';
import { EditorLayout } from './EditorLayout';
import './editor.css';
import { useEditorMessages } from './messages';

interface SessionProps {
  planId: string;
  /** The record as the database holds it now (null: missing or unreadable). */
  stored: PlanRecord | null;
  problem: RowProblem | null;
}

/**
 * One editing session of one plan: its store is made from the first record read and lives as long as
 * the page. It watches only the stored revision (an index read); when another tab saved a newer one, the
 * record is read and handed to the store, never replacing it.
 */
function EditorSession({ planId, stored, problem }: SessionProps) {
  const m = useEditorMessages();
  const app = useApp();
  const { plans } = app;
  const [store, setStore] = useState<EditorStore | null>(null);
  if (store === null && stored !== null) setStore(app.openEditor(stored));
  useLeaveCheck(
    useCallback(
      (unloading: boolean) => {
        const unsaved = store?.unsaved() ?? 'none';
        return unsaved === 'at-risk' || (unloading && unsaved === 'saving') ? m.leaveUnsaved : null;
      },
      [store, m],
    ),
  );
  const revision = useLiveQuery(() => plans.revision(planId), [plans, planId]);
  useEffect(() => {
    if (!store || revision === undefined || revision === null) return;
    if (revision <= store.getState().saved.revision) return;
    let current = true;
    void plans.get(planId).then(({ record }) => current && store.receive(record));
    return () => {
      current = false;
    };
  }, [store, plans, planId, revision]);
  if (!store) return <PlanNotFound planId={planId} problem={problem} />;
  return (
    <EditorProvider value={store}>
      <EditorLayout />
    </EditorProvider>
  );
}

/** The plan editor (`/plans/:id`), loaded lazily by the app. */
export default function EditorScreen({ planId }: { planId: string }) {
  const m = useEditorMessages();
  const { plans } = useApp();
  const [result, setResult] = useState<Awaited<ReturnType<typeof plans.get>> | null>(null);
  useEffect(() => {
    let current = true;
    void plans.get(planId).then((read) => current && setResult(read));
    return () => {
      current = false;
    };
  }, [plans, planId]);
  useDocumentTitle(result?.record?.plan.title ?? null);
  if (!result) return <PageLoading text={m.opening} />;
  return <EditorSession key={planId} planId={planId} stored={result.record} problem={result.problem} />;
}
