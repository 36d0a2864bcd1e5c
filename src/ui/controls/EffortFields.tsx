import { useId } from 'react';
import type { Effort } from '../../domain/effort';
import {
  EFFORT_FIELD_NAMES,
  EFFORT_FIELDS,
  type EffortField,
  type EffortProblem,
} from '../../domain/effort-input';
import { useLanguage } from '../i18n/language';
import './effort-fields.css';

interface EffortFieldsProps {
  legend: string;
  hint: string;
  texts: Readonly<Record<EffortField, string>>;
  /** The default of the task's stage and kind, shown as placeholders (null for a duty without an end). */
  defaults: Effort | null;
  problems: readonly EffortProblem[];
  onChange: (texts: Record<EffortField, string>) => void;
  /** Called when focus leaves the three fields, or on Enter in one of them. */
  onCommit?: () => void;
}

/**
 * Three working-day fields (optimistic, most likely, pessimistic) with the stage's defaults as placeholders;
 * each problem is shown under the group and marks its field.
 */
export function EffortFields({
  legend,
  hint,
  texts,
  defaults,
  problems,
  onChange,
  onCommit,
}: EffortFieldsProps) {
  const id = useId();
  const language = useLanguage();
  const bad = new Set(problems.map((p) => p.field));
  return (
    <fieldset
      className="effort-fields"
      aria-describedby={`${id}-hint ${id}-problems`}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) onCommit?.();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' || !onCommit) return;
        event.preventDefault();
        onCommit();
      }}
    >
      <legend>{legend}</legend>
      <div className="effort-fields__row">
        {EFFORT_FIELDS.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`}>{EFFORT_FIELD_NAMES[field][language]}</label>
            <input
              id={`${id}-${field}`}
              inputMode="decimal"
              value={texts[field]}
              placeholder={defaults ? String(defaults[field]) : ''}
              aria-invalid={bad.has(field) || undefined}
              onChange={(e) => onChange({ ...texts, [field]: e.target.value })}
            />
          </div>
        ))}
      </div>
      <span id={`${id}-hint`} className="field__hint">
        {hint}
      </span>
      <ul
        id={`${id}-problems`}
        className="effort-fields__problems"
        role={problems.length > 0 ? 'alert' : undefined}
      >
        {problems.map((p) => (
          <li key={p.field + p.message.vi}>{p.message[language]}</li>
        ))}
      </ul>
    </fieldset>
  );
}
