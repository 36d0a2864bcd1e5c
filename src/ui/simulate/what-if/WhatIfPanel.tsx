import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { Body } from '../../../domain/body';
import type { Plan } from '../../../domain/plan';
import { DEFAULT_RUNS, DEFAULT_SEED } from '../../../engine/forecast';
import type { Forecast } from '../../../engine/forecast-types';
import { applyWhatIf, scenarioOf, verdictPlan, type WhatIf } from '../../../engine/what-if';
import { compareWhatIf } from '../../../engine/what-if-compare';
import { useApp } from '../../app-context';
import { ForecastStatus, ForecastSummary } from '../forecast/ForecastView';
import { useForecast, type ForecastState } from '../forecast/use-forecast';
import '../forecast/forecast.css';
import type { StudioPanelProps } from '../panel';
import { lookupOf } from '../timeline/plan-lookup';
import { Timeline } from '../timeline/Timeline';
import { ChangeForm } from './ChangeForm';
import { describeChange } from './describe-change';
import { Differences } from './Differences';
import { useWhatIfMessages } from './messages';
import { SaveScenario } from './SaveScenario';
import { useChecked } from './use-verdicts';
import { VerdictTable } from './VerdictTable';
import './what-if.css';

const NO_BODIES: Body[] = [];

/** Both sides are forecast alike, so that only the changes differ. */
const OPTIONS = { runs: DEFAULT_RUNS, seed: DEFAULT_SEED, start: null };

const shownOf = (state: ForecastState): Forecast | null =>
  state.status === 'done' || state.status === 'cancelled' ? state.forecast : null;

function Side({ title, plan, state }: { title: string; plan: Plan; state: ForecastState }) {
  const forecast = shownOf(state);
  return (
    <section className="what-if__side" aria-label={title}>
      <h3>{title}</h3>
      <ForecastStatus state={state} total={DEFAULT_RUNS} />
      {forecast && (
        <>
          <ForecastSummary forecast={forecast} />
          <Timeline plan={plan} forecast={forecast} title={title} />
        </>
      )}
    </section>
  );
}

/**
 * The what-if view: changes tried beside the saved plan (delays, bodies removed or replaced, tasks blocked
 * or cancelled, efforts), each removable; the verdicts, forecast and timeline of the original and of the
 * changed plan side by side. Nothing reaches the plan unless the user saves, after a confirmation.
 */
export default function WhatIfPanel({ record, plans }: StudioPanelProps) {
  const m = useWhatIfMessages();
  const app = useApp();
  const directory = useLiveQuery(() => app.directory.list(), [app]) ?? NO_BODIES;
  const { plan } = record;
  const [changes, setChanges] = useState<WhatIf[]>([]);
  const [base, setBase] = useState(plan);
  if (base !== plan) {
    setBase(plan);
    setChanges([]);
  }
  const scenario = useMemo(() => changes.reduce(applyWhatIf, scenarioOf(plan)), [plan, changes]);
  const changedPlan = useMemo(() => verdictPlan(scenario), [scenario]);
  const lookup = useMemo(() => lookupOf(plan, scenario.plan), [plan, scenario.plan]);
  const original = useForecast();
  const changed = useForecast();
  const runOriginal = original.run;
  const runChanged = changed.run;
  useEffect(() => {
    void runOriginal({ plan, ...OPTIONS });
  }, [plan, runOriginal]);
  useEffect(() => {
    void runChanged({ plan: scenario.plan, adjustments: scenario.adjustments, ...OPTIONS });
  }, [scenario, runChanged]);
  const checkedBefore = useChecked(record, plan, plans);
  const checkedAfter = useChecked(record, changedPlan, plans);
  const before = shownOf(original.state);
  const after = shownOf(changed.state);
  const comparison = useMemo(
    () =>
      before && after && checkedBefore?.ok && checkedAfter?.ok
        ? compareWhatIf(before, after, {
            before: checkedBefore.report.bodies,
            after: checkedAfter.report.bodies,
          })
        : null,
    [before, after, checkedBefore, checkedAfter],
  );
  return (
    <div className="what-if">
      <p>{m.intro}</p>
      <div className="what-if__controls">
        <ChangeForm plan={scenario.plan} directory={directory} onApply={(c) => setChanges([...changes, c])} />
        <section aria-labelledby="what-if-changes" className="what-if__changes">
          <h2 id="what-if-changes">{m.changesTitle}</h2>
          {changes.length === 0 ? (
            <p className="muted">{m.noChanges}</p>
          ) : (
            <ul>
              {changes.map((change, i) => {
                const text = describeChange(change, lookup, m);
                return (
                  <li key={`${i}-${text}`}>
                    {text}{' '}
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-label={m.remove(text)}
                      onClick={() => setChanges(changes.filter((_, j) => j !== i))}
                    >
                      {m.removeShort}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          <SaveScenario
            record={record}
            plan={changedPlan}
            changes={changes.length}
            onSaved={() => setChanges([])}
          />
        </section>
      </div>
      <section aria-labelledby="what-if-differences">
        <h2 id="what-if-differences">{m.differencesTitle}</h2>
        {comparison ? (
          <Differences comparison={comparison} lookup={lookup} />
        ) : (
          <p role="status">{m.forecasting}</p>
        )}
      </section>
      <section aria-labelledby="what-if-verdicts">
        <h2 id="what-if-verdicts">{m.verdictsTitle}</h2>
        <VerdictTable before={checkedBefore} after={checkedAfter} />
      </section>
      <div className="what-if__sides">
        <Side title={m.original} plan={plan} state={original.state} />
        <Side title={m.changed} plan={scenario.plan} state={changed.state} />
      </div>
    </div>
  );
}
