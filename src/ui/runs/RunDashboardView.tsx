import { lazy, Suspense, useState } from 'react';
import { TIMELINESS_LABELS, WORKING_STATUS_LABELS } from '../../domain/run-labels';
import { CATEGORY_COLOURS, TIMELINESS } from '../../domain/timeliness';
import { dashboardCsv } from '../../engine/run-dashboard-csv';
import { runDashboard, type ProgressRow } from '../../engine/run-dashboard';
import type { RunState } from '../../engine/run-state';
import { DateField } from '../controls/DateField';
import { downloadFile } from '../controls/download';
import { formatDate } from '../i18n/format';
import { useDomainLabels } from '../i18n/labels';
import { useLanguage } from '../i18n/language';
import { LaidOutWhenSeen } from './LaidOutWhenSeen';
import { useRunMessages } from './messages';

/** The chart is drawn by a module of its own, fetched when the dashboard first shows. */
const RunChart = lazy(() => import('./RunChart'));

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The dashboard as of a date: categories per body and per stage, in their colours, and the overdue list; saved
 * as CSV or .xlsx (the writer loads on the first), or printed as a progress report (runs.css lays out the page).
 */
export function RunDashboardView({
  state,
  asOf,
  onAsOf,
}: {
  state: RunState;
  asOf: string;
  onAsOf: (iso: string) => void;
}) {
  const m = useRunMessages();
  const language = useLanguage();
  const labels = useDomainLabels();
  const [failed, setFailed] = useState<string | null>(null);
  const d = runDashboard(state, { asOf, dueSoonDays: 7 });
  const exportXlsx = async () => {
    setFailed(null);
    try {
      const { exportDashboardXlsx } = await import('../../documents/export-dashboard');
      downloadFile(`tien-do-${asOf}.xlsx`, exportDashboardXlsx(d, language, labels.stages), XLSX);
    } catch (error) {
      setFailed(m.exportFailed(error instanceof Error ? error.message : String(error)));
    }
  };
  const table = (caption: string, rows: Array<ProgressRow & { name: string }>) => (
    <LaidOutWhenSeen lines={rows.length + 2}>
      <table className="run-table run-dashboard">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption}</th>
            {TIMELINESS.map((t) => (
              <th key={t} scope="col" className={`timeliness timeliness--${CATEGORY_COLOURS[t]}`}>
                {TIMELINESS_LABELS[t][language]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              {TIMELINESS.map((t) => (
                <td key={t}>{r.counts[t]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </LaidOutWhenSeen>
  );
  return (
    <section className="card" aria-labelledby="run-dashboard">
      <h2 id="run-dashboard">{m.dashboard}</h2>
      <p className="print-only">
        {m.asOf}: {formatDate(asOf)}
      </p>
      <div className="run-form__row no-print">
        <DateField label={m.asOf} value={asOf} onCommit={(iso) => iso && onAsOf(iso)} />
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadFile(
              `tien-do-${asOf}.csv`,
              dashboardCsv(d, language, labels.stages),
              'text/csv;charset=utf-8',
            )
          }
        >
          {m.exportCsv}
        </button>
        <button type="button" className="button" onClick={() => void exportXlsx()}>
          {m.exportXlsx}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {m.print}
        </button>
      </div>
      {failed ? (
        <p role="alert" className="notice notice--problem no-print">
          {failed}
        </p>
      ) : null}
      <Suspense fallback={null}>
        <RunChart counts={d.total.counts} />
      </Suspense>
      {table(m.byBody, d.byBody)}
      {table(
        m.byStage,
        d.byStage.map((r) => ({ ...r, name: labels.stages[r.id] })),
      )}
      <h3>{m.overdueList}</h3>
      {d.overdue.length === 0 ? (
        <p>{m.nothing}</p>
      ) : (
        <LaidOutWhenSeen lines={d.overdue.length}>
          <ol className="run-overdue">
            {d.overdue.map((o) => (
              <li key={`${o.assigneeId}/${o.taskId}`}>
                <strong>{o.code}</strong> {o.title} · {o.assignee} · {formatDate(o.due)} · {o.daysLate} ·{' '}
                {WORKING_STATUS_LABELS[o.status][language]}
              </li>
            ))}
          </ol>
        </LaidOutWhenSeen>
      )}
    </section>
  );
}
