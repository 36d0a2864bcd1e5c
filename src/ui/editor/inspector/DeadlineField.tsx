import { useId } from 'react';
import { parseDeadline } from '../../../domain/deadline';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';
import { orNull, useCommitDraft } from '../../controls/fields';
import { useDomainLabels } from '../../i18n/labels';
import { useInspectorMessages } from './messages';

interface DeadlineFieldProps {
  label: string;
  value: string | null;
  planYear: number | null;
  /** The phrase exactly as typed, or null when the field is emptied. */
  onCommit: (phrase: string | null) => void;
}

/** A deadline phrase as the document writes it, with what it means shown while it is typed. */
export function DeadlineField({ label, value, planYear, onCommit }: DeadlineFieldProps) {
  const id = useId();
  const m = useInspectorMessages();
  const labels = useDomainLabels();
  const language = useLanguage();
  const { draft, inputProps } = useCommitDraft(value ?? '', (text) => onCommit(orNull(text)));
  const parsed = draft.trim() === '' ? null : parseDeadline(draft, { planYear });
  return (
    <div className="field deadline-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-describedby={`${id}-meaning`} {...inputProps} />
      <output id={`${id}-meaning`} htmlFor={id} aria-live="polite" className="deadline-meaning">
        {parsed ? (
          <dl>
            <dt>{m.deadlineKind}</dt>
            <dd>{labels.deadlineKinds[parsed.kind]}</dd>
            <dt>{m.deadlineDue}</dt>
            <dd>{formatDate(parsed.due)}</dd>
            <dt>{m.deadlineTentative}</dt>
            <dd>{parsed.tentative ? m.yes : m.no}</dd>
            <dt>{m.deadlineMeaning}</dt>
            <dd>{parsed.explanation[language]}</dd>
          </dl>
        ) : (
          m.noDeadline
        )}
      </output>
    </div>
  );
}
