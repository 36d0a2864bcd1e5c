import { useId, useState, type FormEvent } from 'react';
import { DateField } from '../../controls/DateField';
import { useForecastMessages } from './messages';

export const MAX_RUNS = 100_000;

export interface Settings {
  runs: number;
  seed: number;
  start: string | null;
}

function NumberField(props: {
  label: string;
  hint: string;
  error: string | null;
  value: string;
  onChange: (text: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        inputMode="numeric"
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <span id={`${id}-hint`} className={props.error ? 'field__hint field__hint--error' : 'field__hint'}>
        {props.error ?? props.hint}
      </span>
    </div>
  );
}

const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : null);

/**
 * The forecast's settings: runs, seed and start date, all shown and settable; the form runs the forecast
 * with them, or, while one runs, stops it. A setting that is not a whole number in range is named and
 * nothing runs.
 */
export function ForecastSettings(props: {
  initial: Settings;
  running: boolean;
  onRun: (settings: Settings) => void;
  onCancel: () => void;
}) {
  const m = useForecastMessages();
  const [runs, setRuns] = useState(String(props.initial.runs));
  const [seed, setSeed] = useState(String(props.initial.seed));
  const [start, setStart] = useState(props.initial.start);
  const [tried, setTried] = useState(false);
  const runsValue = wholeNumber(runs);
  const seedValue = wholeNumber(seed);
  const runsError = runsValue === null || runsValue < 1 || runsValue > MAX_RUNS ? m.badRuns : null;
  const seedError = seedValue === null || seedValue > 0xffffffff ? m.badSeed : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (runsError || seedError || runsValue === null || seedValue === null) return;
    props.onRun({ runs: runsValue, seed: seedValue, start });
  };
  return (
    <form className="forecast__settings" aria-label={m.settings} onSubmit={submit}>
      <NumberField
        label={m.runs}
        hint={m.runsHint}
        error={tried ? runsError : null}
        value={runs}
        onChange={setRuns}
      />
      <NumberField
        label={m.seed}
        hint={m.seedHint}
        error={tried ? seedError : null}
        value={seed}
        onChange={setSeed}
      />
      <DateField label={m.start} value={start} onCommit={setStart} />
      <div className="forecast__actions">
        <button type="submit" className="button button--primary" disabled={props.running}>
          {m.run}
        </button>
        {props.running && (
          <button type="button" className="button" onClick={props.onCancel}>
            {m.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
