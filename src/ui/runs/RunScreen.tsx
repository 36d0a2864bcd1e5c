import { useLiveQuery } from 'dexie-react-hooks';
import { use, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { RunAction, RunActor } from '../../domain/run';
import type { RunState } from '../../engine/run-state';
import { useApp } from '../app-context';
import { useLanguage } from '../i18n/language';
import { PageLoading } from '../shell/PageLoading';
import { useRunMessages } from './messages';
import { ProfileForm } from './ProfileForm';
import { RunBody, useAsOf } from './RunBody';
import { RunInbox } from './RunInbox';
import { SharedRun } from './SharedRun';
import './runs.css';

/** A run kept in this browser only, acted on with the staff profile; read only when `readOnly`. */
function LocalRun({ runId, readOnly }: { runId: string; readOnly: boolean }) {
  const m = useRunMessages();
  const app = useApp();
  const runs = use(app.runs());
  const [state, setState] = useState<RunState | null | undefined>(undefined);
  const [, setSeen] = useState(0);
  const asOf = useAsOf();
  const [message, setMessage] = useState<string | null>(null);
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
  if (readOnly)
    return (
      <RunBody state={state} log={log} asOf={asOf}>
        <p role="status" className="notice">
          {m.signInToAct}
        </p>
      </RunBody>
    );
  const bodies = [...state.model.names].map(([id, name]) => ({ id, name }));
  return (
    <RunBody state={state} log={log} asOf={asOf} files={files ?? []}>
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
          asOf={asOf[0]}
          allowed={runs.allowed(state, profile)}
          onAct={(action, chosen) => void act(profile, state, action, chosen)}
        />
      ) : null}
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
  const [onServer, setOnServer] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void (async () => {
      const mirrored = await shared.isShared(runId);
      const listed = !mirrored && (await shared.list()).some((r) => r.id === runId);
      if (live) setOnServer(mirrored || listed);
    })();
    return () => {
      live = false;
    };
  }, [shared, runId, server.kind]);
  if (onServer === undefined) return <PageLoading text={m.loading} />;
  const actor = server.kind === 'signed-in' || server.kind === 'unreachable' ? server.actor : null;
  if (onServer && actor) return <SharedRun runId={runId} actor={actor} />;
  return <LocalRun runId={runId} readOnly={onServer} />;
}
