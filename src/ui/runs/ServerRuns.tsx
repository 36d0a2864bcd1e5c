import { use, useEffect, useState, useSyncExternalStore } from 'react';
import type { ServerRunSummary } from '../../app';
import { useApp } from '../app-context';
import { useRunMessages } from './messages';
import { RunTable } from './RunTable';

/** The runs on the server signed in to, each opening the shared run; nothing when there is no server. */
export function ServerRuns() {
  const m = useRunMessages();
  const app = useApp();
  const shared = use(app.sharedRuns());
  const server = useSyncExternalStore(app.server.subscribe, app.server.current);
  const [runs, setRuns] = useState<ServerRunSummary[]>([]);
  useEffect(() => {
    let live = true;
    void shared.list().then((listed) => live && setRuns(listed));
    return () => {
      live = false;
    };
  }, [shared, server.kind]);
  if (server.kind !== 'signed-in') return null;
  return (
    <section className="card" aria-labelledby="runs-server">
      <h2 id="runs-server">{m.onServer}</h2>
      <p>{m.onServerIntro}</p>
      <RunTable rows={runs} />
    </section>
  );
}
