import { use, useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { ServerRunList } from '../../app';
import type { Run } from '../../domain/run';
import { useApp } from '../app-context';
import { useRunMessages } from './messages';
import { RunTable } from './RunTable';
import { ServerUnreachableNotice } from './ServerUnreachable';

/**
 * The runs on the server signed in to, each opening the shared run; nothing when there is no server. When the
 * server cannot be reached: why, a retry, and the server's runs this browser keeps.
 */
export function ServerRuns() {
  const m = useRunMessages();
  const app = useApp();
  const shared = use(app.sharedRuns());
  const server = useSyncExternalStore(app.server.subscribe, app.server.current);
  const [list, setList] = useState<ServerRunList | null>(null);
  const [cached, setCached] = useState<Run[]>([]);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void shared.list().then((listed) => live && setList(listed));
    void shared.cached().then((kept) => live && setCached(kept));
    return () => {
      live = false;
    };
  }, [shared, server.kind, attempt]);
  const retry = useCallback(async () => {
    await app.server.refresh();
    setAttempt((n) => n + 1);
  }, [app]);
  if (server.kind !== 'signed-in' && server.kind !== 'unreachable') return null;
  return (
    <section className="card" aria-labelledby="runs-server">
      <h2 id="runs-server">{m.onServer}</h2>
      <p>{m.onServerIntro}</p>
      {list === null ? (
        <p role="status">{m.loading}</p>
      ) : list.ok ? (
        <RunTable rows={list.runs} />
      ) : (
        <>
          <ServerUnreachableNotice reason={list.reason} onRetry={retry} />
          <h3>{m.cachedRuns}</h3>
          <RunTable
            rows={cached.map((run) => ({
              id: run.id,
              title: run.plan.title,
              number: run.number,
              issuedOn: run.issuedOn,
            }))}
          />
        </>
      )}
    </section>
  );
}
