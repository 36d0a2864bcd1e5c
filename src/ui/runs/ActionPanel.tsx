import { useState, type ReactNode } from 'react';
import type { RunAction, RunEventType } from '../../domain/run';
import { checkEvidenceFiles, EVIDENCE_LIMITS, formatBytes } from '../../domain/evidence-files';
import { RUN_EVENT_LABELS } from '../../domain/run-labels';
import { DateField } from '../controls/DateField';
import { useLanguage } from '../i18n/language';
import { useRunMessages } from './messages';

const WITH_REASON: readonly RunEventType[] = ['return', 'refuse-extension', 'pause', 'cancel', 'decline'];

/**
 * The actions allowed on one assignment, as buttons; those that need more (a reason, a new date, a report)
 * open a small form first. Only what the machine allows for this actor is passed in.
 */
export function ActionPanel({
  types,
  assigneeId,
  taskId,
  onAct,
}: {
  types: RunEventType[];
  assigneeId: string;
  taskId: string;
  onAct: (action: RunAction, files?: File[]) => void;
}) {
  const language = useLanguage();
  const [open, setOpen] = useState<RunEventType | null>(null);
  const on = { assigneeId, taskId };
  const press = (type: RunEventType) => {
    if (type === 'report' || type === 'request-extension' || WITH_REASON.includes(type)) setOpen(type);
    else onAct({ type, ...on } as RunAction);
  };
  return (
    <div className="run-actions">
      <div className="run-actions__buttons">
        {types.map((type) => (
          <button
            key={type}
            type="button"
            className={type === 'cancel' ? 'button button--danger' : 'button'}
            aria-expanded={open === type ? true : undefined}
            onClick={() => press(type)}
          >
            {RUN_EVENT_LABELS[type][language]}
          </button>
        ))}
      </div>
      {open ? (
        <ActionForm
          type={open}
          onClose={() => setOpen(null)}
          onSend={(payload, files) => {
            setOpen(null);
            onAct({ type: open, ...on, ...payload } as RunAction, files);
          }}
        />
      ) : null}
    </div>
  );
}

function ActionForm({
  type,
  onSend,
  onClose,
}: {
  type: RunEventType;
  onSend: (payload: object, files: File[]) => void;
  onClose: () => void;
}) {
  const m = useRunMessages();
  const language = useLanguage();
  const [reason, setReason] = useState('');
  const [newDue, setNewDue] = useState<string | null>(null);
  const [results, setResults] = useState('');
  const [difficulties, setDifficulties] = useState('');
  const [proposals, setProposals] = useState('');
  const [links, setLinks] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const problems = checkEvidenceFiles(files);
  const payload = (): object | null => {
    if (type === 'report') {
      if (results.trim() === '') return null;
      const list = links
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '');
      return { report: { results, difficulties, proposals, evidence: { links: list, attachmentIds: [] } } };
    }
    if (reason.trim() === '') return null;
    if (type === 'request-extension') return newDue ? { reason, newDue } : null;
    return { reason };
  };
  const area = (label: string, value: string, set: (v: string) => void, required = false): ReactNode => (
    <label className="field">
      {label}
      <textarea value={value} required={required} rows={2} onChange={(e) => set(e.target.value)} />
    </label>
  );
  return (
    <form
      className="run-action-form"
      aria-label={RUN_EVENT_LABELS[type][language]}
      onSubmit={(event) => {
        event.preventDefault();
        const ready = payload();
        if (ready && problems.length === 0) onSend(ready, files);
      }}
    >
      {type === 'report' ? (
        <>
          {area(m.results, results, setResults, true)}
          {area(m.difficulties, difficulties, setDifficulties)}
          {area(m.proposals, proposals, setProposals)}
          {area(m.links, links, setLinks)}
          <label className="field">
            {m.files(EVIDENCE_LIMITS.files, formatBytes(EVIDENCE_LIMITS.fileBytes, language))}
            <input type="file" multiple onChange={(e) => setFiles([...(e.target.files ?? [])])} />
          </label>
          {files.length > 0 ? (
            <ul className="run-files">
              {files.map((f, i) => (
                <li key={i}>
                  {f.name} ({formatBytes(f.size, language)})
                </li>
              ))}
            </ul>
          ) : null}
          {problems.length > 0 ? (
            <div role="alert" className="notice notice--problem">
              <ul className="run-problems">
                {problems.map((p, i) => (
                  <li key={i}>
                    {p.path[language]}: {p.message[language]}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : (
        <>
          {area(m.reason, reason, setReason, true)}
          {type === 'request-extension' ? (
            <DateField label={m.newDue} value={newDue} onCommit={setNewDue} />
          ) : null}
        </>
      )}
      <div className="run-actions__buttons">
        <button type="submit" className="button button--primary">
          {m.send}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {m.cancelForm}
        </button>
      </div>
    </form>
  );
}
