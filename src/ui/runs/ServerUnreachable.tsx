import { useState } from 'react';
import type { Localized } from '../../domain/localized';
import { useLanguage } from '../i18n/language';
import { useDocumentTitle } from '../shell/use-document-title';
import { useRunMessages } from './messages';
import { BackToRuns } from './RunBody';

/** Why the server did not answer, what to check, and a button to ask it again. */
export function ServerUnreachableNotice({
  reason,
  onRetry,
}: {
  reason: Localized;
  onRetry: () => Promise<unknown>;
}) {
  const m = useRunMessages();
  const language = useLanguage();
  const [retrying, setRetrying] = useState(false);
  return (
    <div role="alert" className="notice notice--problem server-unreachable">
      <p>
        <strong>{reason[language]}</strong> {m.unreachableHint}
      </p>
      <button
        type="button"
        className="button"
        disabled={retrying}
        onClick={() => {
          setRetrying(true);
          void onRetry().finally(() => setRetrying(false));
        }}
      >
        {retrying ? m.retrying : m.retry}
      </button>
    </div>
  );
}

/** A shared run's page when it was never kept in this browser and the server cannot give it now. */
export function RunUnreachable({ reason, onRetry }: { reason: Localized; onRetry: () => Promise<unknown> }) {
  const m = useRunMessages();
  useDocumentTitle(m.unreachableTitle);
  return (
    <article className="run-page">
      <BackToRuns />
      <header className="card">
        <h1 tabIndex={-1}>{m.unreachableTitle}</h1>
        <p>{m.notCached}</p>
        <ServerUnreachableNotice reason={reason} onRetry={onRetry} />
      </header>
    </article>
  );
}
