import type { BodyVerdict, RunEvent } from '../../../engine/verdict';
import { useLanguage } from '../../i18n/language';
import { usePlayMessages } from './messages';

interface ReplayPanelProps {
  /** The stuck body's verdict and its witness run; null when there is no such stuck body. */
  replay: { verdict: BodyVerdict; run: RunEvent[] } | null;
  at: number;
  playing: boolean;
  onAgain: () => void;
}

/** A counterexample played: which body, how far, and once at its end, why the body is stuck there. */
export function ReplayPanel({ replay, at, playing, onAgain }: ReplayPanelProps) {
  const m = usePlayMessages();
  const language = useLanguage();
  if (!replay) return <p className="notice">{m.replayUnknown}</p>;
  const { verdict } = replay;
  const total = replay.run.length;
  const stuck = !playing && at >= total;
  return (
    <section className="play-replay" aria-labelledby="play-replay-title">
      <h2 id="play-replay-title">{m.replayTitle(verdict.name)}</h2>
      {stuck ? (
        <div className="play-replay__stuck" role="alert">
          <p>
            <strong>✗ {m.replayStuck}</strong>
          </p>
          <ul>
            {verdict.blocked.map((b) => (
              <li key={b.taskId}>{b.message[language]}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>{m.replayPlaying(Math.min(at, total), total)}</p>
      )}
      <button type="button" className="button button--quiet" onClick={onAgain} disabled={playing}>
        {m.replayAgain}
      </button>
    </section>
  );
}
