import { useId } from 'react';
import { usePlayMessages } from './messages';
import type { PlayerState } from './use-player';

export const SPEEDS = [1, 4, 20] as const;

interface AutoControlsProps {
  seed: number;
  speed: number;
  state: PlayerState;
  /** An automatic run (not a replayed counterexample) has come to its end. */
  ended: boolean;
  onSpeed: (speed: number) => void;
  onRun: () => void;
  onPause: () => void;
  onResume: () => void;
  onNewSeed: () => void;
  onReset: () => void;
}

/** Run to the end under a seeded scheduler: the seed shown, a speed, pause and resume, another seed. */
export function AutoControls(props: AutoControlsProps) {
  const { seed, speed, state } = props;
  const m = usePlayMessages();
  const id = useId();
  return (
    <section className="play-auto" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m.autoTitle}</h2>
      <p className="play-auto__seed">
        {m.seed}: <output data-testid="play-seed">{seed}</output>
      </p>
      <label className="play-auto__speed">
        {m.speed}{' '}
        <select value={speed} onChange={(e) => props.onSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {m.speeds[s]}
            </option>
          ))}
        </select>
      </label>
      <div className="play-auto__buttons">
        {state === 'running' ? (
          <button type="button" className="button" onClick={props.onPause}>
            {m.pause}
          </button>
        ) : state === 'paused' ? (
          <button type="button" className="button button--primary" onClick={props.onResume}>
            {m.resume}
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={props.onRun}>
            {m.run}
          </button>
        )}
        <button type="button" className="button" onClick={props.onNewSeed}>
          {m.newSeed}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onReset}>
          {m.reset}
        </button>
      </div>
      {props.ended && <p role="status">{m.autoEnded}</p>}
    </section>
  );
}
