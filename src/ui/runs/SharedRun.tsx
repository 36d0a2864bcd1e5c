import { use, useEffect, useState } from 'react';
import type { RunFollower, ServerActor, SharedRunView } from '../../app';
import type { Localized } from '../../domain/localized';
import { useApp } from '../app-context';
import { useLanguage } from '../i18n/language';
import { PageLoading } from '../shell/PageLoading';
import { useRunMessages } from './messages';
import { RunBody, useAsOf } from './RunBody';
import { RunInbox } from './RunInbox';
import { RunUnreachable } from './ServerUnreachable';

/**
 * A run shared through the server, followed live: the signed-in account is the actor, actions wait in the
 * outbox while the server cannot be reached, and a refusal by the server is shown with its reason. Opened the
 * first time while the server cannot be reached (nothing kept here yet): says so, with a retry.
 */
export function SharedRun({ runId, actor }: { runId: string; actor: ServerActor }) {
  const m = useRunMessages();
  const app = useApp();
  const shared = use(app.sharedRuns());
  const runs = use(app.runs());
  const language = useLanguage();
  const asOf = useAsOf();
  const [view, setView] = useState<SharedRunView | null>(null);
  const [follower, setFollower] = useState<RunFollower | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [unreachable, setUnreachable] = useState<Localized | null>(null);
  useEffect(() => {
    let live = true;
    let started: RunFollower | null = null;
    void shared
      .follow(runId, (v) => live && setView(v))
      .then((f) => {
        started = f;
        if (!live) return f?.stop();
        setFollower(f);
        setUnreachable(f?.unreachable() ?? null);
      });
    return () => {
      live = false;
      started?.stop();
    };
  }, [shared, runId]);
  if (follower && !view && unreachable) {
    const retry = () => follower.reload().then(() => setUnreachable(follower.unreachable()));
    return <RunUnreachable reason={unreachable} onRetry={retry} />;
  }
  if (!view || !follower) return <PageLoading text={m.loading} />;
  const person = { name: actor.displayName, bodyId: actor.bodyId };
  return (
    <RunBody state={view.state} log={view.log} asOf={asOf}>
      <section className="card run-server" aria-label={m.onServer}>
        <p>{m.actingAs(actor.displayName, view.state.model.names.get(actor.bodyId) ?? actor.bodyId)}</p>
        <p role="status">
          {view.signedOut ? m.serverSignedOut : view.live ? m.serverLive : m.serverOffline}
          {view.pending > 0 ? ` ${m.pending(view.pending)}` : ''}
        </p>
      </section>
      {view.refusal || problem ? (
        <p role="alert" className="notice notice--problem">
          <strong>{view.refusal ? m.serverRefused : m.refused}:</strong>{' '}
          {view.refusal ? view.refusal.reason[language] : problem}
        </p>
      ) : null}
      <RunInbox
        state={view.state}
        actor={person}
        asOf={asOf[0]}
        allowed={runs.allowed(view.state, person)}
        onAct={(action) =>
          void follower.act(action).then((r) => setProblem(r.ok ? null : r.message[language]))
        }
      />
    </RunBody>
  );
}
