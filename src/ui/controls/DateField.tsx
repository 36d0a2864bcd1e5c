import { useState } from 'react';
import { isValidDate, toIso } from '../../domain/date';
import { formatDate } from '../i18n/format';
import { useControlMessages } from './messages';
import { CommitField } from './fields';

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** "2/2/2024", "02-02-2024" or "02.02.2024" → "2024-02-02"; null when it is not a real date. */
export function isoFromDayMonthYear(text: string): string | null {
  const match = DAY_MONTH_YEAR.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? toIso(year, month, day) : null;
}

interface DateFieldProps {
  label: string;
  value: string | null;
  /** An ISO date, or null when the field is emptied. */
  onCommit: (iso: string | null) => void;
}

/**
 * A date typed the way Vietnamese offices write it (dd/mm/yyyy), whatever the browser's locale; a text that
 * is not a real date is not sent, and the hint says so.
 */
export function DateField({ label, value, onCommit }: DateFieldProps) {
  const m = useControlMessages();
  const [invalid, setInvalid] = useState(false);
  const commit = (text: string) => {
    const empty = text.trim() === '';
    const iso = empty ? null : isoFromDayMonthYear(text);
    const bad = !empty && iso === null;
    setInvalid(bad);
    if (!bad && iso !== value) onCommit(iso);
  };
  return (
    <CommitField
      label={label}
      value={formatDate(value, '')}
      invalid={invalid}
      hint={invalid ? m.badDate : m.dateFormat}
      onCommit={commit}
    />
  );
}
