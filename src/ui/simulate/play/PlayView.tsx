import { useMemo, useState } from 'react';
import type { PlanReport } from '../../../engine/check-plan';
import { AutoScheduler } from '../../../engine/simulation-auto';
import type { BodyVerdict, RunEvent } from '../../../engine/verdict';
import { AutoControls, SPEEDS } from './AutoControls';
import { blockingTasks } from './blocking';
import { BodyActions } from './BodyActions';
import { BodyList } from './BodyList';
import { EventLog } from './EventLog';
import { usePlayMessages } from './messages';
import { PlanLanes } from './PlanLanes';
import { writePlayQuery, type PlayQuery } from './play-query';
import { PlayStatus } from './PlayStatus';
import { ReplayPanel } from './ReplayPanel';
import { usePlayer, type NextEvent } from './use-player';
import { useSimulationLog } from './use-simulation-log';

const randomSeed = () => Math.floor(Math.random() * 1_000_000);

/** A body the verifier finds stuck, with its witness run to replay; null: no such body, or it completes. */
interface Replay {
  verdict: BodyVerdict;
  run: RunEvent[];
}

function stuckReplay(report: PlanReport, bodyId: string | null): Replay | null {
  const verdict = report.bodies.find((b) => b.assigneeId === bodyId && !b.completes);
  return verdict ? { verdict, run: report.witnesses.runOf(verdict.assigneeId) } : null;
}

/** Step, rewind, branch, run automatically or replay a counterexample over the plan's machines. */
export function PlayView({ report, query }: { report: PlanReport; query: PlayQuery }) {
  const m = usePlayMessages();
  const controls = useSimulationLog(report.model);
  const { log } = controls;
  const [seed, setSeed] = useState(() => query.seed ?? randomSeed());
  const [speed, setSpeed] = useState<number>(() => SPEEDS.find((s) => s === query.speed) ?? 4);
  const [replayId, setReplayId] = useState(query.replay);
  const replay = useMemo(() => stuckReplay(report, replayId), [report, replayId]);
  const witnessOf =
    (replayed: Replay | null): NextEvent =>
    () => {
      const event = replayed?.run[log.at];
      return event ? { event, days: 1 } : null;
    };
  const schedulerNext = (from: number): NextEvent => {
    const scheduler = new AutoScheduler(from);
    return () => scheduler.next(log.session);
  };
  const [auto, setAuto] = useState(() => !replay && query.seed !== null);
  const [opening] = useState<NextEvent | null>(() =>
    replay ? witnessOf(replay) : query.seed !== null ? schedulerNext(query.seed) : null,
  );
  const player = usePlayer(speed, controls.fire, opening);
  const [selected, setSelected] = useState<string | null>(
    () => replay?.verdict.assigneeId ?? report.model.assignees.keys().next().value ?? null,
  );
  /** A run from the start is reproduced by its address; one continuing steps taken by hand is not. */
  const runAuto = (from: number) => {
    setAuto(true);
    setReplayId(null);
    writePlayQuery({ seed: log.at === 0 ? from : null, speed, replay: null });
    player.play(schedulerNext(from));
  };
  const playWitness = (bodyId: string) => {
    setReplayId(bodyId);
    setSelected(bodyId);
    writePlayQuery({ replay: bodyId, seed: null });
    controls.reset();
    setAuto(false);
    player.play(witnessOf(stuckReplay(report, bodyId)));
  };
  const stuck = useMemo(
    () => new Set(report.bodies.filter((b) => !b.completes).map((b) => b.assigneeId)),
    [report],
  );
  const running = player.state === 'running';
  const blocking = useMemo(() => (replay ? blockingTasks(replay.verdict) : undefined), [replay]);
  return (
    <div className="play">
      <PlayStatus session={log.session} />
      {replayId !== null && (
        <ReplayPanel replay={replay} at={log.at} playing={running} onAgain={() => playWitness(replayId)} />
      )}
      <AutoControls
        seed={seed}
        speed={speed}
        state={player.state}
        ended={auto && player.state === 'ended' && log.at === log.line.length}
        onSpeed={(s) => {
          setSpeed(s);
          writePlayQuery({ speed: s });
        }}
        onRun={() => runAuto(seed)}
        onPause={player.pause}
        onResume={player.resume}
        onNewSeed={() => {
          const next = randomSeed();
          setSeed(next);
          controls.reset();
          runAuto(next);
        }}
        onReset={() => {
          player.stop();
          controls.reset();
        }}
      />
      <div className="play__columns">
        <section className="play-bodies-panel" aria-labelledby="play-bodies-title">
          <h2 id="play-bodies-title">{m.bodiesTitle}</h2>
          <BodyList session={log.session} stuck={stuck} selected={selected} onSelect={setSelected} />
        </section>
        {selected && (
          <BodyActions
            session={log.session}
            bodyId={selected}
            onFire={(e) => controls.fire(e)}
            onReplay={stuck.has(selected) ? () => playWitness(selected) : null}
            disabled={running}
          />
        )}
        <EventLog log={log} onGoTo={controls.goTo} onReturn={controls.returnToKept} disabled={running} />
      </div>
      <PlanLanes session={log.session} blocking={blocking} />
    </div>
  );
}
