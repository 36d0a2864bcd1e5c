import { useLiveQuery } from 'dexie-react-hooks';
import { use, useCallback, useEffect, useState } from 'react';
import type { RunAction, RunActor } from '../../domain/run';
import type { RunState } from '../../engine/run-state';
import { useApp } from '../app-context';
import { formatDate } from '../i18n/format';
import { useLanguage } from '../i18n/language';
import { Link } from '../router/router';
import { PageLoading } from '../shell/PageLoading';
import { useDocumentTitle } from '../shell/use-document-title';
import { useRunMessages } from './messages';
import { ProfileForm } from './ProfileForm';
import { RunAudit } from './RunAudit';
import { RunDashboardView } from './RunDashboardView';
import { RunInbox } from './RunInbox';
import './runs.css';

/** Today in Vietnam (UTC+7), as offices count days. */
function today(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** `/runs/:id`: one run — the profile's inbox with its allowed actions, the dashboard and the log. */
export default function RunScreen({ runId }: { runId: string }) {
  const m = useRunMessages();
  const app = useApp();
  const runs = use(app.runs());
  const [state, setState] = useState<RunState | null | undefined>(undefined);
  const [, setSeen] = useState(0);
  const [asOf, setAsOf] = useState(today);
  const [message, setMessage] = useState<string | null>(null);
  const profile = useLiveQuery(() => app.settings.profile(), [app]);
  const files = useLiveQuery(() => runs.attachments(runId), [runs, runId]);
  const language = useLanguage();
  useDocumentTitle(state ? m.runTitle(state.run.plan.title) : m.runsTitle);
  useEffect(() => {
    let live = true;
    void runs.open(runId).then((opened) => live && setState(opened));
    return () => {
      live = false;
    };
  }, [runs, runId]);
  const act = useCallback(
    async (actor: RunActor, current: RunState, action: RunAction, files: File[] = []) => {
      const result = await runs.act(current, actor, action, files);
      if (result.ok) {
        setMessage(null);
        setState(result.state);
        setSeen(result.state.seq);
        return;
      }
      const problems = result.problems.map((p) => `${p.path[language]}: ${p.message[language]}`);
      setMessage(result.refusal ? result.refusal.message[language] : problems.join(' ') || m.notSaved);
      setState(await runs.open(runId));
    },
    [runs, runId, language, m],
  );
  if (state === undefined || profile === undefined) return <PageLoading text={m.loading} />;
  if (state === null) return <p role="alert">{m.runNotFound(runId)}</p>;
  const { run } = state;
  const bodies = [...state.model.names].map(([id, name]) => ({ id, name }));
  return (
    <article className="run-page">
      <nav aria-label={m.breadcrumb} className="breadcrumb">
        <Link to={{ name: 'runs' }}>
          <span aria-hidden="true">← </span>
          {m.backToRuns}
        </Link>
      </nav>
      <header className="card">
        <p className="print-only run-print-title">{m.printHeading}</p>
        <p className="eyebrow">
          {run.number ?? '—'} · {formatDate(run.issuedOn)} · {m.runStatus[run.status]}
        </p>
        <h1 tabIndex={-1}>{run.plan.title}</h1>
      </header>
      <ProfileForm
        key={profile?.bodyId ?? ''}
        profile={profile}
        bodies={bodies}
        onSaved={() => setMessage(null)}
      />
      {message ? (
        <p role="alert" className="notice notice--problem no-print">
          <strong>{m.refused}:</strong> {message}
        </p>
      ) : null}
      {profile ? (
        <RunInbox
          state={state}
          actor={profile}
          asOf={asOf}
          allowed={runs.allowed(state, profile)}
          onAct={(action, chosen) => void act(profile, state, action, chosen)}
        />
      ) : null}
      <RunDashboardView state={state} asOf={asOf} onAsOf={setAsOf} />
      <RunAudit state={state} files={files ?? []} />
    </article>
  );
}
