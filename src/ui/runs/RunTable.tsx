import { formatDate } from '../i18n/format';
import { Link } from '../router/router';
import { useRunMessages } from './messages';

export interface RunRow {
  id: string;
  title: string;
  number: string | null;
  issuedOn: string;
  /** Shown in its own column when every row has one (runs of this browser). */
  status?: string;
}

/** Runs as a table, each opening its page; says so when there are none. */
export function RunTable({ rows }: { rows: readonly RunRow[] }) {
  const m = useRunMessages();
  if (rows.length === 0) return <p>{m.noRuns}</p>;
  const withStatus = rows.every((r) => r.status !== undefined);
  return (
    <table className="run-table">
      <thead>
        <tr>
          <th scope="col">{m.plan}</th>
          <th scope="col">{m.number}</th>
          <th scope="col">{m.issuedOn}</th>
          {withStatus && <th scope="col">{m.status}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((run) => (
          <tr key={run.id}>
            <td>
              <Link to={{ name: 'run', runId: run.id }}>{run.title}</Link>
            </td>
            <td>{run.number ?? '—'}</td>
            <td>{formatDate(run.issuedOn)}</td>
            {withStatus && <td>{run.status}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
