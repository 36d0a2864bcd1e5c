import { useMemo, useState } from 'react';
import type { PlanReport } from '../../../engine/check-plan';
import { AutoScheduler } from '../../../engine/simulation-auto';
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

/** Step, rewind, branch, run automatically or replay a counterexample over the plan's machines. */
export function PlayView({ report, query }: { report: PlanReport; query: PlayQuery }) {
  const m = usePlayMessages();
  const controls = useSimulationLog(report.model);
  const { log } = controls;
  const [seed, setSeed] = useState(() => query.seed ?? randomSeed());
  const [speed, setSpeed] = useState<number>(() => SPEEDS.find((s) => s === query.speed) ?? 4);
  const replay = useMemo(
    () =>
      query.replay === null
        ? null
        : (report.bodies.find((b) => b.assigneeId === query.replay && !b.completes) ?? null),
    [report, query.replay],
  );
  const witnessNext: NextEvent = () => {
    const event = replay?.witness[log.at];
    return event ? { event, days: 1 } : null;
  };
  const schedulerNext = (from: number): NextEvent => {
    const scheduler = new AutoScheduler(from);
    return () => scheduler.next(log.session);
  };
  const [auto, setAuto] = useState(() => !replay && query.seed !== null);
  const [opening] = useState<NextEvent | null>(() =>
    replay ? witnessNext : query.seed !== null ? schedulerNext(query.seed) : null,
  );
  const player = usePlayer(speed, controls.fire, opening);
  const [selected, setSelected] = useState<string | null>(
    () => replay?.assigneeId ?? report.model.assignees.keys().next().value ?? null,
  );
  /** A run from the start is reproduced by its address; one continuing steps taken by hand is not. */
  const runAuto = (from: number) => {
    setAuto(true);
    writePlayQuery({ seed: log.at === 0 ? from : null, speed });
    player.play(schedulerNext(from));
  };
  const running = player.state === 'running';
  const blocking = useMemo(() => (replay ? blockingTasks(replay) : undefined), [replay]);
  return (
    <div className="play">
      <PlayStatus session={log.session} />
      {query.replay !== null && (
        <ReplayPanel
          verdict={replay}
          at={log.at}
          playing={running}
          onAgain={() => {
            controls.reset();
            setAuto(false);
            player.play(witnessNext);
          }}
        />
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
          <BodyList session={log.session} selected={selected} onSelect={setSelected} />
        </section>
        {selected && (
          <BodyActions
            session={log.session}
            bodyId={selected}
            onFire={(e) => controls.fire(e)}
            disabled={running}
          />
        )}
        <EventLog log={log} onGoTo={controls.goTo} onReturn={controls.returnToKept} disabled={running} />
      </div>
      <PlanLanes session={log.session} blocking={blocking} />
    </div>
  );
}
