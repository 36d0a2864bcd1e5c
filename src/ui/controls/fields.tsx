import { useId, useState, type KeyboardEvent } from 'react';
import { useControlMessages } from './messages';

/**
 * A text draft that commits once, on blur or Enter, and only when it changed; Escape restores the value.
 * When the value changes from outside (undo, another tab), the draft follows it.
 */
export function useCommitDraft(value: string, onCommit: (text: string) => void, multiline = false) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && draft !== value) {
      event.stopPropagation();
      setDraft(value);
    }
  };
  return {
    draft,
    inputProps: {
      value: draft,
      onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
      onBlur: commit,
      onKeyDown,
    },
  };
}

/** An optional field's value: an emptied field means "not written". */
export const orNull = (text: string): string | null => (text.trim() === '' ? null : text);

interface CommitFieldProps {
  label: string;
  value: string | null;
  /** Called with the text as typed (see `orNull` for optional fields). */
  onCommit: (text: string) => void;
  /** The text cannot be taken as it is (the hint says why). */
  invalid?: boolean;
  multiline?: boolean;
  hint?: string;
}

/** A labelled text input (or textarea) that dispatches one command per commit. */
export function CommitField({ label, value, onCommit, invalid, multiline, hint }: CommitFieldProps) {
  const id = useId();
  const { inputProps } = useCommitDraft(value ?? '', onCommit, multiline);
  const described = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} rows={3} aria-describedby={described} {...inputProps} />
      ) : (
        <input id={id} aria-describedby={described} aria-invalid={invalid || undefined} {...inputProps} />
      )}
      {hint && (
        <span id={described} className="field__hint">
          {hint}
        </span>
      )}
    </div>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T) => void;
}

/** A labelled select that commits on change. */
export function SelectField<T extends string>({ label, value, options, onChange }: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The entries of a label record as select options, in the record's order. */
export function optionsOf<T extends string>(labels: Record<T, string>): Array<{ value: T; label: string }> {
  return (Object.entries(labels) as Array<[T, string]>).map(([value, label]) => ({ value, label }));
}

export function CheckField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="field field--check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}

/** A one-line form that adds something named by the text typed (a body, a group, a document row). */
export function AddForm({ label, onAdd }: { label: string; onAdd: (text: string) => void }) {
  const id = useId();
  const m = useControlMessages();
  const [text, setText] = useState('');
  return (
    <form
      className="add-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '') return;
        onAdd(text.trim());
        setText('');
      }}
    >
      <label htmlFor={id}>{label}</label>
      <input id={id} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit" className="button">
        {m.add}
      </button>
    </form>
  );
}
