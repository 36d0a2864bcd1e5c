import { use, useEffect, useState, useSyncExternalStore } from 'react';
import type { ServerRunSummary } from '../../app';
import { useApp } from '../app-context';
import { formatDate } from '../i18n/format';
import { Link } from '../router/router';
import { useRunMessages } from './messages';

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
      {runs.length === 0 ? (
        <p>{m.noRuns}</p>
      ) : (
        <table className="run-table">
          <thead>
            <tr>
              <th scope="col">{m.plan}</th>
              <th scope="col">{m.number}</th>
              <th scope="col">{m.issuedOn}</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id}>
                <td>
                  <Link to={{ name: 'run', runId: run.id }}>{run.title}</Link>
                </td>
                <td>{run.number ?? '—'}</td>
                <td>{formatDate(run.issuedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
