import { useEffect, useId, useState, useSyncExternalStore, type FormEvent } from 'react';
import type { ServerStatus } from '../../app';
import { useApp } from '../app-context';
import { useLanguage } from '../i18n/language';
import { useSettingsMessages } from './messages';

function useStatusText(status: ServerStatus): string {
  const m = useSettingsMessages();
  switch (status.kind) {
    case 'none':
      return m.serverNone;
    case 'signed-out':
      return m.serverSignedOut(status.address);
    case 'signed-in':
      return m.serverSignedIn(status.address, status.actor.displayName, status.actor.bodyId);
    case 'unreachable':
      return m.serverUnreachable(status.address);
  }
}

/** "Máy chủ": the server's address, signing in with a username and password, the status, signing out. */
export function ServerForm() {
  const m = useSettingsMessages();
  const { server } = useApp();
  const language = useLanguage();
  const id = useId();
  const status = useSyncExternalStore(server.subscribe, server.current);
  const [address, setAddress] = useState(status.kind === 'none' ? '' : status.address);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const statusText = useStatusText(status);
  useEffect(() => void server.refresh(), [server]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await server.signIn(address, username, password);
    setBusy(false);
    setPassword('');
    setProblem(result.ok ? null : result.message[language]);
  };
  return (
    <section className="card settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m.serverTitle}</h2>
      <p className="lead">{m.serverLead}</p>
      <p role="status" className="settings-status">
        {statusText}
      </p>
      {status.kind === 'signed-in' ? (
        <button type="button" className="button" onClick={() => void server.signOut()}>
          {m.signOut}
        </button>
      ) : (
        <form className="settings-server" onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${id}-address`}>{m.serverAddress}</label>
            <input
              id={`${id}-address`}
              type="url"
              required
              value={address}
              onChange={(e) => setAddress(e.target.value)}
              aria-describedby={`${id}-address-hint`}
            />
            <p id={`${id}-address-hint`} className="field__hint">
              {m.serverAddressHint}
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-username`}>{m.username}</label>
            <input
              id={`${id}-username`}
              autoComplete="username"
              required
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-password`}>{m.password}</label>
            <input
              id={`${id}-password`}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <button type="submit" className="button button--primary" disabled={busy}>
            {m.signIn}
          </button>
          {problem ? (
            <p role="alert" className="settings-status settings-status--refused">
              {problem}
            </p>
          ) : null}
        </form>
      )}
    </section>
  );
}
