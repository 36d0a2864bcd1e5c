import '../panels.css';
import { useId, type Ref } from 'react';
import type { TaskField } from '../../../app';
import { fieldOfFinding } from './finding-field';
import { standingOf } from '../../../engine/check-plan';
import type { Finding } from '../../../engine/finding';
import type { BodyVerdict } from '../../../engine/verdict';
import { SEVERITIES } from '../../../domain/severity';
import { sortByVi } from '../../i18n/format';
import { useDomainLabels } from '../../i18n/labels';
import { VerdictBadge } from '../../plan-view/VerdictBadge';
import type { LiveFinding, LiveReport } from '../verify-protocol';
import { useProblemsMessages } from './messages';
import { useLanguage } from '../../i18n/language';

interface ProblemsPanelProps {
  report: LiveReport | null;
  /** The report shown is not yet the one of the plan being edited. */
  pending: boolean;
  /** Shows a task; a finding names the field that fixes it. */
  onSelectTask: (taskId: string, field?: TaskField) => void;
  /** The panel's id, for the toolbar's badge that opens it. */
  panelId?: string;
  /** The heading, for focus when the panel is opened. */
  headingRef?: Ref<HTMLHeadingElement>;
  onSelectBody: (bodyId: string) => void;
}

type Select = Pick<ProblemsPanelProps, 'onSelectTask' | 'onSelectBody'>;

function BodyEntry({ verdict, onSelectTask, onSelectBody }: { verdict: BodyVerdict } & Select) {
  const m = useProblemsMessages();
  const language = useLanguage();
  return (
    <li className={verdict.completes ? undefined : 'is-stuck'}>
      <button type="button" className="entry-button" onClick={() => onSelectBody(verdict.assigneeId)}>
        <VerdictBadge
          ok={verdict.completes}
          conditional={verdict.caveats.length > 0}
          label={
            !verdict.completes ? m.stuck : verdict.caveats.length > 0 ? m.completesOnConditions : m.completes
          }
        />{' '}
        {verdict.name}
        {verdict.kind === 'open-group' && <span className="panel-tag"> {m.openGroup}</span>}
      </button>
      {verdict.blocked.length > 0 && (
        <ul className="blocked-list">
          {verdict.blocked.map((b) => (
            <li key={b.taskId}>
              <button type="button" className="entry-button" onClick={() => onSelectTask(b.taskId)}>
                {b.message[language]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function FindingEntry({ finding, onSelectTask, onSelectBody }: { finding: LiveFinding } & Select) {
  const task = finding.taskIds[0];
  const body = finding.bodyIds[0];
  const language = useLanguage();
  const select = task
    ? () => onSelectTask(task, fieldOfFinding(finding.code))
    : body
      ? () => onSelectBody(body)
      : undefined;
  const content = (
    <>
      {finding.message[language]} <code className="panel-code">{finding.code}</code>
    </>
  );
  return (
    <li>
      {select ? (
        <button type="button" className="entry-button" onClick={select}>
          {content}
        </button>
      ) : (
        content
      )}
    </li>
  );
}

/** The plan's overall verdict: green only when every body completes with no caveat and no error finding. */
function PlanBadge({ report }: { report: LiveReport }) {
  const m = useProblemsMessages();
  const standing = standingOf(report);
  return (
    <VerdictBadge
      ok={standing === 'proven' || standing === 'conditional'}
      conditional={standing === 'conditional'}
      label={m.standing[standing]}
    />
  );
}

/**
 * What the verifier found in the plan being edited: each body's verdict (stuck ones with the reasons),
 * then the findings by severity. Every entry leads to the task or body it is about.
 */
export function ProblemsPanel({ report, pending, panelId, headingRef, ...select }: ProblemsPanelProps) {
  const id = useId();
  const m = useProblemsMessages();
  const labels = useDomainLabels();
  const count = (severity: Finding['severity']) =>
    report?.findings.filter((f) => f.severity === severity).length ?? 0;
  const stuck = report?.bodies.filter((b) => !b.completes).length ?? 0;
  return (
    <section id={panelId} className="problems-panel editor-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {m.heading}
        {report && (
          <span className="problems-panel__summary">
            : {m.summary(stuck, count('error'), count('warning'))}
          </span>
        )}
      </h2>
      <p aria-live="polite" className="problems-panel__status">
        {pending ? m.pending : report ? '' : m.notChecked}
      </p>
      {report && (
        <>
          <PlanBadge report={report} />
          <h3>{m.bodies}</h3>
          {report.bodies.length === 0 ? (
            <p>{m.noBodies}</p>
          ) : (
            <ul className="verdict-list">
              {sortByVi(report.bodies, (b) => b.name)
                .sort((a, b) => Number(a.completes) - Number(b.completes))
                .map((verdict) => (
                  <BodyEntry key={verdict.assigneeId} verdict={verdict} {...select} />
                ))}
            </ul>
          )}
          <h3>{m.findings}</h3>
          {report.findings.length === 0 && <p>{m.noFindings}</p>}
          {SEVERITIES.map((severity) => {
            const group = report.findings.filter((f) => f.severity === severity);
            if (group.length === 0) return null;
            return (
              <section
                key={severity}
                className={`problems-group problems-group--${severity}`}
                aria-labelledby={`${id}-${severity}`}
              >
                <h4 id={`${id}-${severity}`}>
                  {labels.severities[severity]} <span className="panel-count">({group.length})</span>
                </h4>
                <ul>
                  {group.map((f, i) => (
                    <FindingEntry key={`${f.code}-${i}`} finding={f} {...select} />
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
