import { useEffect, useState } from 'react';
import { RUN_EVENT_LABELS } from '../../domain/run-labels';
import { RUN_EVENT_TYPES, type RunEventType } from '../../domain/run';
import type { RunLogFilter, RunLogPage } from '../../domain/run-log-filter';
import { assignmentKey } from '../../engine/model';
import { describeAuditEntry } from '../../engine/run-replay';
import { auditEntryOf, type AuditEntry } from '../../engine/run-audit';
import type { RunState } from '../../engine/run-state';
import type { AttachmentRecord, RunLogSource } from '../../app';
import { formatBytes } from '../../domain/evidence-files';
import { downloadFile } from '../controls/download';
import { useLanguage } from '../i18n/language';
import { LaidOutWhenSeen } from './LaidOutWhenSeen';
import { useRunMessages } from './messages';

const ANY = '';
/** Entries shown at first, newest; a long log shows more on request (a 10,000-event log is not drawn at once). */
const PAGE = 200;

/**
 * The run's log, newest last, each entry in plain words; filterable by body, task, person and type. Only the
 * entries shown are read (`log` reads a page from the store's indexes), newest first, more on request.
 */
export function RunAudit({
  state,
  log,
  files,
}: {
  state: RunState;
  log: RunLogSource;
  files: readonly AttachmentRecord[];
}) {
  const m = useRunMessages();
  const language = useLanguage();
  const [body, setBody] = useState(ANY);
  const [task, setTask] = useState(ANY);
  const [person, setPerson] = useState(ANY);
  const [type, setType] = useState(ANY);
  const [shown, setShown] = useState(PAGE);
  const [page, setPage] = useState<RunLogPage>({ total: 0, events: [] });
  const [people, setPeople] = useState<string[]>([]);
  const { seq } = state;
  useEffect(() => {
    let live = true;
    const filter: RunLogFilter = {
      ...(body === ANY ? {} : { bodyId: body }),
      ...(task === ANY ? {} : { taskId: task }),
      ...(person === ANY ? {} : { person }),
      ...(type === ANY ? {} : { type: type as RunEventType }),
    };
    void log.page(filter, shown).then((read) => live && setPage(read));
    return () => {
      live = false;
    };
  }, [log, body, task, person, type, shown, seq]);
  useEffect(() => {
    let live = true;
    void log.people().then((names) => live && setPeople(names));
    return () => {
      live = false;
    };
  }, [log, seq]);
  const select = (
    label: string,
    value: string,
    set: (v: string) => void,
    options: Array<[string, string]>,
  ) => (
    <label className="field">
      {label}
      <select value={value} onChange={(e) => set(e.target.value)}>
        <option value={ANY}>{m.all}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="card no-print" aria-labelledby="run-audit">
      <h2 id="run-audit">{m.audit}</h2>
      <div className="run-form__row">
        {select(m.filterBody, body, setBody, [...state.model.names])}
        {select(
          m.filterTask,
          task,
          setTask,
          state.run.plan.tasks.map((t) => [t.id, `${t.code} ${t.title}`]),
        )}
        {select(
          m.filterPerson,
          person,
          setPerson,
          people.map((p) => [p, p]),
        )}
        {select(
          m.filterType,
          type,
          setType,
          RUN_EVENT_TYPES.map((t) => [t, RUN_EVENT_LABELS[t][language]]),
        )}
      </div>
      {page.total > page.events.length ? (
        <button type="button" className="button button--quiet" onClick={() => setShown(shown + PAGE)}>
          {m.earlierEntries(page.total - page.events.length)}
        </button>
      ) : null}
      <LaidOutWhenSeen lines={page.events.length}>
        <ol className="run-audit" start={page.total - page.events.length + 1}>
          {page.events
            .map((event) => auditEntryOf(state, event))
            .map((e) => (
              <li key={e.id}>
                <time dateTime={e.at}>
                  {new Date(e.at).toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB')}
                </time>{' '}
                {describeAuditEntry(state, e)[language]}
                {e.type === 'report' ? <ReportEvidence state={state} entry={e} files={files} /> : null}
              </li>
            ))}
        </ol>
      </LaidOutWhenSeen>
    </section>
  );
}

/** A report's evidence in the log: its links, and its files (kept in the browser) to download. */
function ReportEvidence({
  state,
  entry,
  files,
}: {
  state: RunState;
  entry: AuditEntry;
  files: readonly AttachmentRecord[];
}) {
  const m = useRunMessages();
  const language = useLanguage();
  const report = state.assignments
    .get(assignmentKey(entry.assigneeId ?? '', entry.taskId ?? ''))
    ?.reports.find((r) => r.seq === entry.seq);
  const { links, attachmentIds } = report?.contents.evidence ?? { links: [], attachmentIds: [] };
  if (links.length === 0 && attachmentIds.length === 0) return null;
  const kept = attachmentIds.flatMap((id) => files.find((f) => f.id === id) ?? []);
  return (
    <div className="run-evidence" role="group" aria-label={m.evidence}>
      {links.map((link) => (
        <a key={link} href={link} target="_blank" rel="noreferrer">
          {link}
        </a>
      ))}
      {kept.map((f) => (
        <button
          key={f.id}
          type="button"
          className="button button--quiet"
          onClick={() => downloadFile(f.name, f.blob, f.type || 'application/octet-stream')}
        >
          {f.name} ({formatBytes(f.size, language)})
        </button>
      ))}
    </div>
  );
}
