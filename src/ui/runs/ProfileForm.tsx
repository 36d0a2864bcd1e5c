import { useState } from 'react';
import type { RunActor } from '../../domain/run';
import { useApp } from '../app-context';
import { useRunMessages } from './messages';

/** Who acts on this browser: a person's name and the body they act for (kept in settings as `profile`). */
export function ProfileForm({
  profile,
  bodies,
  onSaved,
}: {
  profile: RunActor | null;
  bodies: ReadonlyArray<{ id: string; name: string }>;
  onSaved: (profile: RunActor) => void;
}) {
  const m = useRunMessages();
  const { settings } = useApp();
  const [name, setName] = useState(profile?.name ?? '');
  const [bodyId, setBodyId] = useState(profile?.bodyId ?? bodies[0]?.id ?? '');
  return (
    <form
      className="card run-profile no-print"
      aria-label={m.profileTitle}
      onSubmit={(event) => {
        event.preventDefault();
        const next = { name: name.trim(), bodyId };
        if (next.name === '' || bodyId === '') return;
        void settings.setProfile(next).then(() => onSaved(next));
      }}
    >
      <h2>{m.profileTitle}</h2>
      {profile ? null : <p className="notice">{m.noProfile}</p>}
      <div className="run-form__row">
        <label className="field">
          {m.personName}
          <input value={name} required onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          {m.actsFor}
          <select value={bodyId} onChange={(e) => setBodyId(e.target.value)}>
            {bodies.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {m.saveProfile}
        </button>
      </div>
    </form>
  );
}
