import { useId, useState, type FormEvent } from 'react';
import type { StaffProfile } from '../../app';
import type { Body } from '../../domain/body';
import { useApp } from '../app-context';
import { sortByVi } from '../i18n/format';
import { useSettingsMessages } from './messages';

/** The staff profile: a name and the body of the directory the person acts for, saved together. */
export function ProfileForm({ saved, bodies }: { saved: StaffProfile | null; bodies: readonly Body[] }) {
  const m = useSettingsMessages();
  const { settings } = useApp();
  const id = useId();
  const [name, setName] = useState(saved?.name ?? '');
  const [bodyId, setBodyId] = useState(saved?.bodyId ?? '');
  const [status, setStatus] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await settings.setStaffProfile({ name, bodyId: bodyId || null });
    setStatus(m.profileSaved);
  };
  return (
    <form className="card settings-section" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>{m.profileTitle}</h2>
      <p className="lead">{m.profileLead}</p>
      <div className="field">
        <label htmlFor={`${id}-name`}>{m.name}</label>
        <input id={`${id}-name`} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-body`}>{m.body}</label>
        <select
          id={`${id}-body`}
          value={bodyId}
          onChange={(e) => setBodyId(e.target.value)}
          aria-describedby={`${id}-body-hint`}
        >
          <option value="">{m.noBody}</option>
          {sortByVi(bodies, (b) => b.name).map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
        <p id={`${id}-body-hint`} className="field__hint">
          {m.bodyHint}
        </p>
      </div>
      <button type="submit" className="button button--primary">
        {m.saveProfile}
      </button>
      <p role="status" className="settings-status">
        {status}
      </p>
    </form>
  );
}
