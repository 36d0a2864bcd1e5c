import type { Forecast, TaskForecast } from '../../../engine/forecast-types';
import { useState } from 'react';
import { formatDate, viCollator } from '../../i18n/format';
import type { PlanLookup } from '../timeline/plan-lookup';
import { useForecastMessages } from './messages';
import { sortTasks, type TaskSort } from './risk-order';

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

function SortHeader(props: {
  sort: TaskSort;
  current: TaskSort;
  label: string;
  onSort: (sort: TaskSort) => void;
}) {
  const m = useForecastMessages();
  const active = props.sort === props.current;
  return (
    <th scope="col" aria-sort={active ? 'ascending' : undefined}>
      <button
        type="button"
        className="forecast__sort"
        aria-pressed={active}
        title={m.sortBy(props.label)}
        onClick={() => props.onSort(props.sort)}
      >
        {props.label}
        <span aria-hidden="true">{active ? ' ▲' : ''}</span>
      </button>
    </th>
  );
}

/** Per task: its deadline, the chance of meeting it and the P50/P90 finish; least likely first, or by a column. */
export function TaskTable({ forecast, lookup }: TablesProps) {
  const m = useForecastMessages();
  const [sort, setSort] = useState<TaskSort>('risk');
  const late = new Set(forecast.likelyLate);
  const codeOf = (id: string) => lookup.task(id)?.code ?? id;
  const header = (key: TaskSort, label: string) => (
    <SortHeader sort={key} current={sort} label={label} onSort={setSort} />
  );
  return (
    <section aria-labelledby="forecast-tasks" className="forecast__section">
      <h2 id="forecast-tasks">{m.tasksTitle}</h2>
      <div className="forecast__table-scroll">
        <table className="forecast__table">
          <caption className="visually-hidden">{m.tasksCaption[sort]}</caption>
          <thead>
            <tr>
              {header('code', m.code)}
              <th scope="col">{m.task}</th>
              {header('deadline', m.deadline)}
              {header('risk', m.onTime)}
              {header('p50', m.p50)}
              {header('p90', m.p90)}
              <th scope="col">{m.note}</th>
            </tr>
          </thead>
          <tbody>
            {sortTasks(forecast.tasks, sort, codeOf, viCollator.compare).map((t) => {
              const task = lookup.task(t.taskId);
              const isLate = late.has(t.taskId);
              return (
                <tr key={t.taskId} className={isLate ? 'forecast__row--late' : undefined}>
                  <td>{codeOf(t.taskId)}</td>
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
