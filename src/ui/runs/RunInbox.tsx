import { useState } from 'react';
import type { RunAction, RunActor, RunEventType } from '../../domain/run';
import { WORKING_STATUS_LABELS } from '../../domain/run-labels';
import { judge, timelinessScale, type Timeliness } from '../../domain/timeliness';
import type { AllowedAction } from '../../engine/run-roles';
import { childOfTask } from '../../engine/run-child';
import { nameOf } from '../../engine/run-refusal';
import {
  dueInForce,
  timingOf,
  workingStatus,
  type AssignmentRecord,
  type RunState,
} from '../../engine/run-state';
import { formatDate } from '../i18n/format';
import { useLanguage } from '../i18n/language';
import { ActionPanel } from './ActionPanel';
import { useRunMessages } from './messages';

type Filter = 'mine' | 'dueSoon' | 'overdue' | 'returned';
const FILTERS: readonly Filter[] = ['mine', 'dueSoon', 'overdue', 'returned'];

function keep(filter: Filter, category: Timeliness, a: AssignmentRecord, state: RunState): boolean {
  if (filter === 'dueSoon') return category === 'due-soon';
  if (filter === 'overdue') return category === 'overdue';
  if (filter === 'returned') return workingStatus(state, a) === 'returned';
  return true;
}

/**
 * The assignments the profile's body deals with: its own (mine, due soon, overdue, returned to me), and the
 * others it may act on as approver or issuer, each with exactly the actions allowed to this actor now.
 */
export function RunInbox({
  state,
  actor,
  asOf,
  allowed,
  onAct,
}: {
  state: RunState;
  actor: RunActor;
  asOf: string;
  allowed: AllowedAction[];
  onAct: (action: RunAction, files?: File[]) => void;
}) {
  const m = useRunMessages();
  const language = useLanguage();
  const [filter, setFilter] = useState<Filter>('mine');
  const scale = timelinessScale({ asOf, dueSoonDays: 7 });
  const actionsOf = (a: AssignmentRecord): RunEventType[] =>
    allowed
      .filter((x) => x.assigneeId === a.assigneeId && x.taskId === a.taskId && x.type !== 'link-child')
      .map((x) => x.type);
  const all = [...state.assignments.values()];
  const mine = all.filter((a) => a.assigneeId === actor.bodyId);
  const others = all.filter((a) => a.assigneeId !== actor.bodyId && actionsOf(a).length > 0);
  const shown = mine.filter((a) => keep(filter, judge(timingOf(a, asOf), scale).category, a, state));
  const item = (a: AssignmentRecord) => {
    const task = state.tasks.get(a.taskId);
    const due = dueInForce(a, asOf);
    const label = `${task?.code ?? a.taskId} · ${nameOf(state.model, a.assigneeId)}`;
    const child = childOfTask(state, a.taskId)?.link;
    return (
      <li key={`${a.assigneeId}/${a.taskId}`} className="run-item" aria-label={label}>
        <div className="run-item__head">
          <strong>{task?.code ?? a.taskId}</strong> {task?.title}
        </div>
        <p className="run-item__meta">
          {nameOf(state.model, a.assigneeId)} · {WORKING_STATUS_LABELS[workingStatus(state, a)][language]}
          {due ? ` · ${m.due(formatDate(due))}` : ''}
          {child ? ` · ${m.byChild(m.childRun(child.number, formatDate(child.issuedOn)))}` : ''}
        </p>
        <ActionPanel types={actionsOf(a)} assigneeId={a.assigneeId} taskId={a.taskId} onAct={onAct} />
      </li>
    );
  };
  return (
    <section className="card no-print" aria-labelledby="run-inbox">
      <h2 id="run-inbox">{m.inbox}</h2>
      <div role="group" aria-label={m.inbox} className="run-filters">
        {FILTERS.map((f) => (
          <button
            key={f}
            type="button"
            className="button button--quiet"
            aria-pressed={filter === f}
            onClick={() => setFilter(f)}
          >
            {m.inboxFilters[f]}
          </button>
        ))}
      </div>
      {shown.length === 0 ? <p>{m.nothing}</p> : <ul className="run-list">{shown.map(item)}</ul>}
      {others.length > 0 ? (
        <>
          <h3>{m.approverActions}</h3>
          <ul className="run-list">{others.map(item)}</ul>
        </>
      ) : null}
    </section>
  );
}
