import { useId } from 'react';
import type { Finding } from '../engine/finding';
import { sortByVi } from './vi-collator';

const SEVERITIES: ReadonlyArray<{ severity: Finding['severity']; label: string }> = [
  { severity: 'error', label: 'Lỗi' },
  { severity: 'warning', label: 'Cảnh báo' },
  { severity: 'info', label: 'Lưu ý' },
];

interface FindingListProps {
  findings: readonly Finding[];
}

/** The checker's findings, most serious first, each with its code and a plain-Vietnamese message. */
export function FindingList({ findings }: FindingListProps) {
  const id = useId();
  if (findings.length === 0) return <p>Không có phát hiện nào.</p>;
  return (
    <div className="findings">
      {SEVERITIES.map(({ severity, label }) => {
        const group = sortByVi(
          findings.filter((f) => f.severity === severity),
          (f) => f.code,
        );
        if (group.length === 0) return null;
        const headingId = `${id}-${severity}`;
        return (
          <section
            key={severity}
            className={`finding-group finding-group--${severity}`}
            aria-labelledby={headingId}
          >
            <h3 id={headingId}>
              {label} <span className="count">({group.length})</span>
            </h3>
            <ul>
              {group.map((f, i) => (
                <li key={`${f.code}-${i}`}>
                  <code className="code">{f.code}</code> <span>{f.message}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
