import { useState, type ReactNode } from 'react';
import type { AttachmentRecord, RunLogSource } from '../../app';
import { runStatusOf, type RunState } from '../../engine/run-state';
import { formatDate } from '../i18n/format';
import { Link } from '../router/router';
import { useDocumentTitle } from '../shell/use-document-title';
import { useRunMessages } from './messages';
import { RunAudit } from './RunAudit';
import { RunDashboardView } from './RunDashboardView';

/** Today in Vietnam (UTC+7), as offices count days. */
export function today(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** One run's page around what the person may do: the heading, then `children`, the dashboard and the log. */
export function RunBody({
  state,
  log,
  asOf,
  files = [],
  parent = null,
  children,
}: {
  state: RunState;
  /** Where the audit view reads the run's log from. */
  log: RunLogSource;
  asOf: [string, (date: string) => void];
  /** The evidence files of the run's reports, kept in this browser. */
  files?: readonly AttachmentRecord[];
  /** For a child plan's run: the link back to the task it fulfils, under the title. */
  parent?: ReactNode;
  children: ReactNode;
}) {
  const m = useRunMessages();
  const { run } = state;
  useDocumentTitle(m.runTitle(run.plan.title));
  return (
    <article className="run-page">
      <BackToRuns />
      <header className="card">
        <p className="print-only run-print-title">{m.printHeading}</p>
        <p className="eyebrow">
          {run.number ?? '—'} · {formatDate(run.issuedOn)} · {m.runStatus[runStatusOf(state)]}
        </p>
        <h1 tabIndex={-1}>{run.plan.title}</h1>
        {parent}
      </header>
      {children}
      <RunDashboardView state={state} asOf={asOf[0]} onAsOf={asOf[1]} />
      <RunAudit state={state} log={log} files={files} />
    </article>
  );
}

/** The date the dashboard counts from, today unless the person picks another. */
export const useAsOf = () => useState(today);

/** The way back from a run's page to the list of runs. */
export function BackToRuns() {
  const m = useRunMessages();
  return (
    <nav aria-label={m.breadcrumb} className="breadcrumb">
      <Link to={{ name: 'runs' }}>
        <span aria-hidden="true">← </span>
        {m.backToRuns}
      </Link>
    </nav>
  );
}
