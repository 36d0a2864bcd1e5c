import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useApp } from '../app-context';
import { useLanguage } from '../i18n/language';
import { Link } from '../router/router';
import { useDocumentTitle } from '../shell/use-document-title';
import { DraftReview } from './DraftReview';
import './import.css';
import { useImportMessages } from './messages';
import { useImportWorker, type DocumentInput } from './use-import-worker';

/** A file as the worker reads it: a .docx as bytes, anything else as text. */
async function inputOf(file: File): Promise<DocumentInput> {
  return /\.docx$/i.test(file.name)
    ? { kind: 'docx', bytes: new Uint8Array(await file.arrayBuffer()), file: file.name }
    : { kind: 'text', text: await file.text(), file: file.name };
}

/** The import page (`/import`): a document in, a draft to correct beside its source, saved only when accepted. */
export default function ImportScreen() {
  const m = useImportMessages();
  const app = useApp();
  const language = useLanguage();
  const pasteId = useId();
  const fileId = useId();
  const hintId = useId();
  useDocumentTitle(m.title);
  const listing = useLiveQuery(() => app.plans.list(), [app]);
  const known = useMemo(() => (listing?.records ?? []).map((r) => r.plan), [listing]);
  const { state, read, reset } = useImportWorker(known);
  const [text, setText] = useState('');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setFileProblem(null);
    try {
      read(await inputOf(file));
    } catch {
      setFileProblem(m.unreadableFile(file.name));
    }
  };
  const outcome = state.status === 'done' ? state.outcome : null;
  return (
    <article className="import-page">
      <nav aria-label={m.breadcrumb} className="breadcrumb">
        <Link to={{ name: 'library' }}>
          <span aria-hidden="true">← </span>
          {m.library}
        </Link>
      </nav>
      <h1 tabIndex={-1}>{m.title}</h1>
      {outcome?.ok ? (
        <DraftReview key={outcome.plan.id + outcome.text.length} result={outcome} onDiscard={reset} />
      ) : (
        <>
          <p className="lead">{m.lead}</p>
          <form
            className="import-input"
            onSubmit={(e) => {
              e.preventDefault();
              read({ kind: 'text', text, file: null });
            }}
          >
            <label htmlFor={pasteId}>{m.paste}</label>
            <p className="hint" id={hintId}>
              {m.pasteHint}
            </p>
            <textarea
              id={pasteId}
              aria-describedby={hintId}
              rows={14}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            <div className="import-actions">
              <button type="submit" className="button button--primary" disabled={state.status === 'working'}>
                {m.read}
              </button>
              <span className="file-button">
                <input id={fileId} type="file" accept=".txt,.docx,text/plain" onChange={onFile} />
                <label htmlFor={fileId} className="button">
                  {m.openFile}
                </label>
              </span>
            </div>
          </form>
          <div role="status" aria-live="polite">
            {state.status === 'working' && (
              <p className="import-progress">
                <progress aria-label={m.phases[state.phase]} /> {m.phases[state.phase]}
              </p>
            )}
          </div>
          <div role="alert">
            {(outcome?.ok === false || state.status === 'failed' || fileProblem) && (
              <div className="notice notice--problem">
                <p>
                  <strong>{m.refused}</strong>
                </p>
                <p>
                  {outcome?.ok === false
                    ? outcome.refusal.message[language]
                    : (fileProblem ?? m.workerFailed)}
                </p>
                <p>{m.nothingSaved}</p>
              </div>
            )}
          </div>
        </>
      )}
    </article>
  );
}
