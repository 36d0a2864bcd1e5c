import { useState } from 'react';
import { RUN_EVENT_LABELS } from '../../domain/run-labels';
import { RUN_EVENT_TYPES } from '../../domain/run';
import { assignmentKey } from '../../engine/model';
import { describeAuditEntry } from '../../engine/run-replay';
import { nameOf } from '../../engine/run-refusal';
import type { AuditEntry, RunState } from '../../engine/run-state';
import type { AttachmentRecord } from '../../app';
import { formatBytes } from '../../domain/evidence-files';
import { downloadFile } from '../controls/download';
import { useLanguage } from '../i18n/language';
import { useRunMessages } from './messages';

const ANY = '';
/** Entries shown at first, newest; a long log shows more on request (a 10,000-event log is not drawn at once). */
const PAGE = 200;

/** The run's whole log, newest last, each entry in plain words; filterable by body, task, person and type. */
export function RunAudit({ state, files }: { state: RunState; files: readonly AttachmentRecord[] }) {
  const m = useRunMessages();
  const language = useLanguage();
  const [body, setBody] = useState(ANY);
  const [task, setTask] = useState(ANY);
  const [person, setPerson] = useState(ANY);
  const [type, setType] = useState(ANY);
  const [shown, setShown] = useState(PAGE);
  const entries = state.audit.filter(
    (e) =>
      (body === ANY || e.actor.bodyId === body || e.assigneeId === body) &&
      (task === ANY || e.taskId === task) &&
      (person === ANY || e.actor.name === person) &&
      (type === ANY || e.type === type),
  );
  const people = [...new Set(state.audit.map((e) => e.actor.name))];
  const bodies = [...new Set(state.audit.flatMap((e) => [e.actor.bodyId, e.assigneeId ?? e.actor.bodyId]))];
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
        {select(
          m.filterBody,
          body,
          setBody,
          bodies.map((id) => [id, nameOf(state.model, id)]),
        )}
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
      {entries.length > shown ? (
        <button type="button" className="button button--quiet" onClick={() => setShown(shown + PAGE)}>
          {m.earlierEntries(entries.length - shown)}
        </button>
      ) : null}
      <ol className="run-audit" start={Math.max(1, entries.length - shown + 1)}>
        {entries.slice(-shown).map((e) => (
          <li key={e.id}>
            <time dateTime={e.at}>
              {new Date(e.at).toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB')}
            </time>{' '}
            {describeAuditEntry(state, e)[language]}
            {e.type === 'report' ? <ReportEvidence state={state} entry={e} files={files} /> : null}
          </li>
        ))}
      </ol>
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
