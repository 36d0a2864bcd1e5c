import { useId, useState, type FormEvent } from 'react';
import { DUE_SOON_DEFAULT, DUE_SOON_RANGE } from '../../app';
import { useApp } from '../app-context';
import { useSettingsMessages } from './messages';

/** How many days before a deadline a task is "due soon", for the staff's reminders. */
export function DueSoonForm({ saved }: { saved: number }) {
  const m = useSettingsMessages();
  const { settings } = useApp();
  const id = useId();
  const [days, setDays] = useState(String(saved));
  const [status, setStatus] = useState<{ text: string; refused: boolean } | null>(null);
  const { min, max } = DUE_SOON_RANGE;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(days.trim());
    const ok = days.trim() !== '' && (await settings.setDueSoonDays(value));
    setStatus(
      ok
        ? { text: m.dueSoonSaved(value), refused: false }
        : { text: m.dueSoonRefused(min, max), refused: true },
    );
  };
  return (
    <form className="card settings-section" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>{m.dueSoonTitle}</h2>
      <div className="field">
        <label htmlFor={`${id}-days`}>{m.dueSoon}</label>
        <input
          id={`${id}-days`}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={days}
          onChange={(e) => setDays(e.target.value)}
          aria-invalid={status?.refused || undefined}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className="field__hint">
          {m.dueSoonHint(min, max, DUE_SOON_DEFAULT)}
        </p>
      </div>
      <button type="submit" className="button button--primary">
        {m.saveDueSoon}
      </button>
      <p
        role="status"
        className={status?.refused ? 'settings-status settings-status--refused' : 'settings-status'}
      >
        {status?.text}
      </p>
    </form>
  );
}
