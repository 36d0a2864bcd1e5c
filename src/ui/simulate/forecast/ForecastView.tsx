import { useMemo } from 'react';
import type { Plan } from '../../../domain/plan';
import type { Forecast } from '../../../engine/forecast-types';
import { useLanguage } from '../../i18n/language';
import { formatDate } from '../../i18n/format';
import { lookupOf } from '../timeline/plan-lookup';
import { Timeline } from '../timeline/Timeline';
import { BodyTable, CriticalChainList, TaskTable } from './ForecastTables';
import { useForecastMessages } from './messages';
import type { ForecastState } from './use-forecast';

/** The forecast's state as text: progress while it runs, why it cannot run, or how it was stopped. */
export function ForecastStatus({ state, total }: { state: ForecastState; total: number }) {
  const m = useForecastMessages();
  const language = useLanguage();
  if (state.status === 'running')
    return (
      <div className="forecast__progress">
        <progress aria-label={m.progress} value={state.done} max={state.total} />
        <span aria-live="polite">{m.progressText(state.done, state.total)}</span>
      </div>
    );
  if (state.status === 'refused') return <p className="notice notice--problem">{state.refused[language]}</p>;
  if (state.status === 'failed') return <p className="notice notice--problem">{m.failed}</p>;
  if (state.status === 'cancelled')
    return (
      <p className="notice" role="status">
        {m.stopped(state.forecast.runs, total)}
      </p>
    );
  return null;
}

/** A summary of a forecast: its settings, the plan's end and how many tasks are likely late. */
export function ForecastSummary({ forecast }: { forecast: Forecast }) {
  const m = useForecastMessages();
  return (
    <div className="forecast__summary">
      <p>{m.summary(formatDate(forecast.start), forecast.runs, forecast.seed)}</p>
      {forecast.end.p50 && <p>{m.end(formatDate(forecast.end.p50), formatDate(forecast.end.p90))}</p>}
      <p className={forecast.likelyLate.length > 0 ? 'forecast__late-count' : undefined}>
        {forecast.likelyLate.length > 0 && <span aria-hidden="true">⚠ </span>}
        {m.lateCount(forecast.likelyLate.length)}
      </p>
    </div>
  );
}

/** A forecast in full: summary, timeline, the task table (its text alternative), bodies and critical chain. */
export function ForecastView({ plan, forecast }: { plan: Plan; forecast: Forecast }) {
  const m = useForecastMessages();
  const lookup = useMemo(() => lookupOf(plan), [plan]);
  return (
    <div className="forecast__result">
      <ForecastSummary forecast={forecast} />
      <section aria-labelledby="forecast-timeline" className="forecast__section">
        <h2 id="forecast-timeline">{m.timelineTitle}</h2>
        <Timeline plan={plan} forecast={forecast} title={m.timelineTitle} />
      </section>
      <TaskTable forecast={forecast} lookup={lookup} />
      <BodyTable forecast={forecast} lookup={lookup} />
      <CriticalChainList forecast={forecast} lookup={lookup} />
    </div>
  );
}
