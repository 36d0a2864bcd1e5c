import { useLiveQuery } from 'dexie-react-hooks';
import { use, useEffect, useState } from 'react';
import type { ChildOn, ChildProgress } from '../../app';
import type { RunActor } from '../../domain/run';
import type { Task } from '../../domain/task';
import { nameOf } from '../../engine/run-refusal';
import type { RunState } from '../../engine/run-state';
import { useApp } from '../app-context';
import { DateField } from '../controls/DateField';
import { formatDate } from '../i18n/format';
import { useLanguage } from '../i18n/language';
import { Link } from '../router/router';
import { useRunMessages } from './messages';
import { today } from './RunBody';

type Done = (state: RunState | null, problem: string | null) => void;

/**
 * The tasks of a run carried out through child plans ("cụ thể hóa"): each linked child run's progress with a
 * link to it, or, for the body leading the task, issuing the child plan (or linking an earlier run of it).
 * A child run that completed while the task could not be completed shows why.
 */
export function RunChildPlans({
  state,
  actor,
  onDone,
}: {
  state: RunState;
  actor: RunActor | null;
  onDone: Done;
}) {
  const m = useRunMessages();
  const app = useApp();
  const runs = use(app.runs());
  const [progress, setProgress] = useState<ChildProgress[] | null>(null);
  const tasks = state.run.plan.tasks.filter((t) => t.childPlan);
  useEffect(() => {
    let live = true;
    void runs.children.progress(state).then(async (found) => {
      const pending = found.find(
        (p) => p.status === 'completed' && !p.refusal && p.child && !isDone(state, p),
      );
      const settled = pending?.child ? await runs.children.settle(pending.child) : null;
      if (!live) return;
      if (settled?.ok) onDone(await runs.open(state.run.id), null);
      else setProgress(found);
    });
    return () => {
      live = false;
    };
  }, [runs, state, state.seq, onDone]);
  if (tasks.length === 0) return null;
  const linkable = new Map(
    (actor ? runs.allowed(state, actor) : [])
      .filter((a) => a.type === 'link-child')
      .map((a) => [a.taskId, a.assigneeId ?? '']),
  );
  return (
    <section className="card" aria-labelledby="run-children">
      <h2 id="run-children">{m.childPlans}</h2>
      <p>{m.childPlansIntro}</p>
      <ul className="run-list">
        {tasks.map((task) => {
          const found = progress?.find((p) => p.taskId === task.id);
          return (
            <li key={task.id} className="run-item" aria-label={`${task.code} · ${task.title}`}>
              <div className="run-item__head">
                <strong>{task.code}</strong> {task.title}
              </div>
              <p className="run-item__meta">
                {m.childLead(task.leadId ? nameOf(state.model, task.leadId) : '—')}
              </p>
              {found ? (
                <ChildStatus progress={found} />
              ) : task.childPlanId === null ? (
                <p>{m.childNotNamed}</p>
              ) : (
                <>
                  <p>{progress ? m.childNotIssued : m.loading}</p>
                  {actor && linkable.has(task.id) ? (
                    <IssueChild
                      state={state}
                      actor={actor}
                      task={task}
                      on={{ assigneeId: linkable.get(task.id) ?? '', taskId: task.id }}
                      onDone={onDone}
                    />
                  ) : null}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const isDone = (state: RunState, p: ChildProgress) =>
  state.machines.status(p.assigneeId, p.taskId) === 'completed';

function ChildStatus({ progress: p }: { progress: ChildProgress }) {
  const m = useRunMessages();
  const language = useLanguage();
  const label = m.childRun(p.link.number, formatDate(p.link.issuedOn));
  return (
    <div className="run-child">
      <p>
        <Link to={{ name: 'run', runId: p.link.runId }}>{label}</Link>
        {p.status ? ` · ${m.runStatus[p.status]}` : ` · ${m.childNotHere}`}
      </p>
      {p.status ? (
        <p className="run-child__progress">
          <progress value={p.completed} max={Math.max(1, p.total)} aria-label={label} />{' '}
          {m.childProgress(p.completed, p.total)}
        </p>
      ) : null}
      {p.refusal ? (
        <p role="alert" className="notice notice--problem">
          <strong>{m.childRefused}:</strong> {p.refusal.message[language]}
        </p>
      ) : null}
    </div>
  );
}

/** Issue the task's child plan (from the library) as a new run, or link an earlier run of it. */
function IssueChild({
  state,
  actor,
  task,
  on,
  onDone,
}: {
  state: RunState;
  actor: RunActor;
  task: Task;
  /** The assignment the link is made from: the task's lead, acting. */
  on: ChildOn;
  onDone: Done;
}) {
  const m = useRunMessages();
  const app = useApp();
  const runs = use(app.runs());
  const language = useLanguage();
  const planId = task.childPlanId ?? '';
  const record = useLiveQuery(async () => (await app.plans.get(planId)).record, [app, planId]);
  const earlier = useLiveQuery(() => runs.children.candidates(state, task.id), [runs, state, state.seq]);
  const [number, setNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState<string | null>(today);
  const [chosen, setChosen] = useState('');
  const finish = async (result: Awaited<ReturnType<typeof runs.children.link>>) => {
    if (result.ok) return onDone(result.parent, null);
    const problems = result.problems.map((p) => `${p.path[language]}: ${p.message[language]}`);
    onDone(
      await runs.open(state.run.id),
      result.refusal?.message[language] ?? (problems.join(' ') || m.notSaved),
    );
  };
  if (record === undefined) return null;
  const heading = `${m.issueChild} · ${task.code}`;
  return (
    <div className="run-child">
      {record ? (
        <form
          className="run-form__row"
          aria-label={heading}
          onSubmit={(event) => {
            event.preventDefault();
            if (!issuedOn) return;
            const details = { number: number.trim() || null, issuedOn };
            void runs.children.issue(state, actor, on, record.plan, details).then(finish);
          }}
        >
          <p className="run-child__plan">{m.childPlanTitle(record.plan.title)}</p>
          <label className="field">
            {m.number}
            <input value={number} onChange={(e) => setNumber(e.target.value)} />
          </label>
          <DateField label={m.issuedOn} value={issuedOn} onCommit={setIssuedOn} />
          <button type="submit" className="button button--primary" disabled={!issuedOn}>
            {m.issueChild}
          </button>
        </form>
      ) : (
        <p className="notice">{m.childPlanMissing(planId)}</p>
      )}
      {earlier && earlier.length > 0 ? (
        <form
          className="run-form__row"
          aria-label={`${m.linkChild} · ${task.code}`}
          onSubmit={(event) => {
            event.preventDefault();
            const id = chosen || earlier[0]?.id;
            if (id) void runs.children.link(state, actor, on, id).then(finish);
          }}
        >
          <label className="field">
            {m.earlierRun}
            <select value={chosen || earlier[0]?.id} onChange={(e) => setChosen(e.target.value)}>
              {earlier.map((r) => (
                <option key={r.id} value={r.id}>
                  {m.childRun(r.number, formatDate(r.issuedOn))}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button">
            {m.linkChild}
          </button>
        </form>
      ) : null}
    </div>
  );
}

/** On a child plan's run: the parent run and task it fulfils, linked. */
export function ParentLink({ state }: { state: RunState }) {
  const m = useRunMessages();
  const app = useApp();
  const runs = use(app.runs());
  const { run } = state;
  const parent = useLiveQuery(() => runs.children.parentOf(run), [runs, run]);
  if (!parent || !run.parent) return null;
  return (
    <p className="run-parent">
      {m.childOf}{' '}
      <Link to={{ name: 'run', runId: parent.run.id }}>
        {m.childOfTask(parent.run.plan.title, parent.task?.code ?? run.parent.taskId)}
      </Link>
    </p>
  );
}
