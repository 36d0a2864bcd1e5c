import { useEffect, useState } from 'react';
import type { StudioPanelProps } from '../panel';
import { readForecastQuery, writeForecastQuery } from './forecast-query';
import { ForecastSettings, type Settings } from './ForecastSettings';
import { ForecastStatus, ForecastView } from './ForecastView';
import { useForecast } from './use-forecast';
import './forecast.css';

/**
 * The forecast view: a Monte Carlo forecast of the saved plan on Vietnam's working-day calendar, run in a
 * Web Worker as soon as the view opens, again when the plan is saved, and with the settings the user runs; the
 * settings are kept in the address (runs, seed, start), so a forecast can be shared and reproduced.
 */
export default function ForecastPanel({ record }: StudioPanelProps) {
  const { plan } = record;
  const { state, run, cancel } = useForecast();
  const [settings, setSettings] = useState<Settings>(readForecastQuery);
  useEffect(() => {
    writeForecastQuery(settings);
    void run({ plan, ...settings });
  }, [plan, run, settings]);
  const shown = state.status === 'done' || state.status === 'cancelled' ? state.forecast : null;
  return (
    <div className="forecast">
      <ForecastSettings
        initial={settings}
        running={state.status === 'running'}
        onRun={setSettings}
        onCancel={cancel}
      />
      <ForecastStatus state={state} total={settings.runs} />
      {shown && <ForecastView plan={plan} forecast={shown} />}
    </div>
  );
}
