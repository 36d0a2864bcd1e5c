import type { Forecast, TaskForecast } from '../../../engine/forecast-types';
import { formatDate } from '../../i18n/format';
import type { PlanLookup } from '../timeline/plan-lookup';
import { useForecastMessages } from './messages';
import { byRisk } from './risk-order';

interface TablesProps {
  forecast: Forecast;
  lookup: PlanLookup;
}

function TaskNote({ task, late }: { task: TaskForecast; late: boolean }) {
  const m = useForecastMessages();
  const notes: string[] = [];
  if (late) notes.push(m.likelyLate);
  if (task.mode === 'band') notes.push(m.band);
  if (task.mode === 'event') notes.push(m.event);
  if (task.mode === 'cancelled') notes.push(m.cancelledTask);
  if (task.mode !== 'band' && task.mode !== 'cancelled' && task.finishes < 1)
    notes.push(task.finishes === 0 ? m.never : m.finishes(task.finishes));
  return (
    <td>
      {late && (
        <span className="forecast__late" aria-hidden="true">
          ⚠{' '}
        </span>
      )}
      {notes.join(' · ')}
    </td>
  );
}

/** Per task: its deadline, the chance of meeting it and the P50/P90 finish, least likely first. */
export function TaskTable({ forecast, lookup }: TablesProps) {
  const m = useForecastMessages();
  const late = new Set(forecast.likelyLate);
  return (
    <section aria-labelledby="forecast-tasks" className="forecast__section">
      <h2 id="forecast-tasks">{m.tasksTitle}</h2>
      <div className="forecast__table-scroll">
        <table className="forecast__table">
          <caption className="visually-hidden">{m.tasksCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.code}</th>
              <th scope="col">{m.task}</th>
              <th scope="col">{m.deadline}</th>
              <th scope="col">{m.onTime}</th>
              <th scope="col">{m.p50}</th>
              <th scope="col">{m.p90}</th>
              <th scope="col">{m.note}</th>
            </tr>
          </thead>
          <tbody>
            {byRisk(forecast.tasks).map((t) => {
              const task = lookup.task(t.taskId);
              const isLate = late.has(t.taskId);
              return (
                <tr key={t.taskId} className={isLate ? 'forecast__row--late' : undefined}>
                  <td>{task?.code ?? t.taskId}</td>
                  <th scope="row">{task?.title ?? t.taskId}</th>
                  <td>
                    {formatDate(t.deadline)}
                    {t.tentative && ` (${m.tentative})`}
                  </td>
                  <td>{t.onTime === null ? '—' : m.percent(t.onTime)}</td>
                  <td>{formatDate(t.p50)}</td>
                  <td>{formatDate(t.p90)}</td>
                  <TaskNote task={t} late={isLate} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Per body: when its last assignment is done (P50, P90). */
export function BodyTable({ forecast, lookup }: TablesProps) {
  const m = useForecastMessages();
  const bodies = [...forecast.bodies].sort((a, b) => (b.p90 ?? '9').localeCompare(a.p90 ?? '9'));
  return (
    <section aria-labelledby="forecast-bodies" className="forecast__section">
      <h2 id="forecast-bodies">{m.bodiesTitle}</h2>
      <div className="forecast__table-scroll">
        <table className="forecast__table">
          <thead>
            <tr>
              <th scope="col">{m.body}</th>
              <th scope="col">{m.p50}</th>
              <th scope="col">{m.p90}</th>
              <th scope="col">{m.note}</th>
            </tr>
          </thead>
          <tbody>
            {bodies.map((b) => (
              <tr key={b.assigneeId}>
                <th scope="row">{lookup.name(b.assigneeId)}</th>
                <td>{formatDate(b.p50)}</td>
                <td>{formatDate(b.p90)}</td>
                <td>{b.finishes < 1 ? (b.finishes === 0 ? m.never : m.finishes(b.finishes)) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The chain of tasks that ended the plan in most runs. */
export function CriticalChainList({ forecast, lookup }: TablesProps) {
  const m = useForecastMessages();
  const chain = forecast.criticalChain;
  return (
    <section aria-labelledby="forecast-chain" className="forecast__section">
      <h2 id="forecast-chain">{m.chainTitle}</h2>
      {chain ? (
        <>
          <ol className="forecast__chain">
            {chain.taskIds.map((id) => {
              const task = lookup.task(id);
              return (
                <li key={id}>
                  <strong>{task?.code ?? id}</strong> {task?.title}
                </li>
              );
            })}
          </ol>
          <p className="muted">{m.chainShare(chain.share)}</p>
        </>
      ) : (
        <p className="muted">{m.noChain}</p>
      )}
    </section>
  );
}
