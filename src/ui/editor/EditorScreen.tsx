import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import type { App, EditorStore, RowProblem } from '../../app';
import { useApp } from '../app-context';
import { PlanNotFound } from '../plan-view/PlanNotFound';
import { useLeaveCheck } from '../router/router';
import { PageLoading } from '../shell/PageLoading';
import { useDocumentTitle } from '../shell/use-document-title';
import { EditorProvider } from './editor-context';
import { EditorLayout } from './EditorLayout';
import './editor.css';
import { useEditorMessages } from './messages';

/** The plan as first read, and its editing session (null: the plan is missing or unreadable). */
interface Opened {
  title: string | null;
  store: EditorStore | null;
  problem: RowProblem | null;
}

async function openPlan(app: App, planId: string): Promise<Opened> {
  const { record, problem } = await app.plans.get(planId);
  return { title: record?.plan.title ?? null, store: record && (await app.openEditor(record)), problem };
}

interface SessionProps {
  planId: string;
  store: EditorStore | null;
  problem: RowProblem | null;
}

/**
 * One editing session of one plan: its store is made from the first record read and lives as long as
 * the page. It watches only the stored revision (an index read); when another tab saved a newer one, the
 * record is read and handed to the store, never replacing it.
 */
function EditorSession({ planId, store, problem }: SessionProps) {
  const m = useEditorMessages();
  const { plans } = useApp();
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
  const app = useApp();
  const [opened, setOpened] = useState<Opened | null>(null);
  useEffect(() => {
    let current = true;
    void openPlan(app, planId).then((next) => current && setOpened(next));
    return () => {
      current = false;
    };
  }, [app, planId]);
  useDocumentTitle(opened?.title ?? null);
  if (!opened) return <PageLoading text={m.opening} />;
  return <EditorSession key={planId} planId={planId} store={opened.store} problem={opened.problem} />;
}
