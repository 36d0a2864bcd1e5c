import { Component, type ReactNode } from 'react';
import { errorDetail } from '../../app';
import { useShellMessages } from './messages';

function ErrorMessage({ error }: { error: unknown }) {
  const m = useShellMessages();
  return (
    <div role="alert" className="notice notice--problem">
      <h1 tabIndex={-1}>{m.errorTitle}</h1>
      <p>{m.errorText}</p>
      <pre className="error-detail">{errorDetail(error)}</pre>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {m.reload}
      </button>{' '}
      {/* a whole new page, not the app's router: the failure may have come from the address itself */}
      <a href="/" className="button button--quiet">
        {m.backToLibrary}
      </a>
    </div>
  );
}

/** A failure while showing a page (or opening the database) becomes a message, never a blank screen. */
export class ErrorBoundary extends Component<
  { children: ReactNode },
  { failure: { error: unknown } | null }
> {
  override state: { failure: { error: unknown } | null } = { failure: null };

  static getDerivedStateFromError(error: unknown) {
    return { failure: { error } };
  }

  override render() {
    const { failure } = this.state;
    return failure ? <ErrorMessage error={failure.error} /> : this.props.children;
  }
}
