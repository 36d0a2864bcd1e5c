import { useLiveQuery } from 'dexie-react-hooks';
import { use, useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Localized } from '../../domain/localized';
import type { RunAction, RunActor } from '../../domain/run';
import type { RunState } from '../../engine/run-state';
import { useApp } from '../app-context';
import { useLanguage } from '../i18n/language';
import { PageLoading } from '../shell/PageLoading';
import { useRunMessages } from './messages';
import { ProfileForm } from './ProfileForm';
import { RunBody, useAsOf } from './RunBody';
import { ParentLink, RunChildPlans } from './RunChildPlans';
import { RunInbox } from './RunInbox';
import { RunUnreachable } from './ServerUnreachable';
import { SharedRun } from './SharedRun';
import './runs.css';

/**
 * A run kept in this browser only, acted on with the staff profile; read only when `readOnly`. Not kept here:
 * `missing` when given (the server that may hold it cannot be reached), else "not found".
 */
function LocalRun({ runId, readOnly, missing }: { runId: string; readOnly: boolean; missing: ReactNode }) {
  const m = useRunMessages();
  const app = useApp();
  const runs = use(app.runs());
  const [state, setState] = useState<RunState | null | undefined>(undefined);
  const [, setSeen] = useState(0);
  const asOf = useAsOf();
  const [message, setMessage] = useState<string | null>(null);
  /** Why the parent's task was not completed when the last action completed this child run. */
  const [cascade, setCascade] = useState<string | null>(null);
  const profile = useLiveQuery(() => app.settings.profile(), [app]);
  const files = useLiveQuery(() => runs.attachments(runId), [runs, runId]);
  const log = useMemo(() => runs.log(runId), [runs, runId]);
  const language = useLanguage();
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
        const refused = result.cascade && !result.cascade.ok ? result.cascade.refusal : null;
        setCascade(refused ? refused.message[language] : null);
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
  const childDone = useCallback((next: RunState | null, problem: string | null) => {
    setMessage(problem);
    if (next) {
      setState(next);
      setSeen(next.seq);
    }
  }, []);
  if (state === undefined || profile === undefined) return <PageLoading text={m.loading} />;
  if (state === null) return missing ?? <p role="alert">{m.runNotFound(runId)}</p>;
  if (readOnly)
    return (
      <RunBody state={state} log={log} asOf={asOf} parent={<ParentLink state={state} />}>
        <p role="status" className="notice">
          {m.signInToAct}
        </p>
      </RunBody>
    );
  const bodies = [...state.model.names].map(([id, name]) => ({ id, name }));
  return (
    <RunBody state={state} log={log} asOf={asOf} files={files ?? []} parent={<ParentLink state={state} />}>
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
      {cascade ? (
        <p role="alert" className="notice notice--problem no-print">
          <strong>{m.childRefused}:</strong> {cascade}
        </p>
      ) : null}
      {profile ? (
        <RunInbox
          state={state}
          actor={profile}
          asOf={asOf[0]}
          allowed={runs.allowed(state, profile)}
          onAct={(action, chosen) => void act(profile, state, action, chosen)}
        />
      ) : null}
      <RunChildPlans state={state} actor={profile} onDone={childDone} />
    </RunBody>
  );
}

/**
 * `/runs/:id`: one run — the person's inbox with its allowed actions, the dashboard and the log. A run of the
 * server signed in to (or mirrored from one) is followed live through it; any other is this browser's own.
 */
export default function RunScreen({ runId }: { runId: string }) {
  const m = useRunMessages();
  const app = useApp();
  const shared = use(app.sharedRuns());
  const server = useSyncExternalStore(app.server.subscribe, app.server.current);
  const [found, setFound] = useState<{ onServer: boolean; unreachable: Localized | null } | undefined>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void (async () => {
      const mirrored = await shared.isShared(runId);
      const listed = mirrored ? null : await shared.list();
      const onServer = mirrored || (listed?.ok === true && listed.runs.some((r) => r.id === runId));
      if (live) setFound({ onServer, unreachable: listed?.ok === false ? listed.reason : null });
    })();
    return () => {
      live = false;
    };
  }, [shared, runId, server.kind, attempt]);
  const retry = useCallback(async () => {
    await app.server.refresh();
    setAttempt((n) => n + 1);
  }, [app]);
  if (found === undefined) return <PageLoading text={m.loading} />;
  const actor = server.kind === 'signed-in' || server.kind === 'unreachable' ? server.actor : null;
  if (found.onServer && actor) return <SharedRun runId={runId} actor={actor} />;
  return (
    <LocalRun
      runId={runId}
      readOnly={found.onServer}
      missing={found.unreachable ? <RunUnreachable reason={found.unreachable} onRetry={retry} /> : null}
    />
  );
}
