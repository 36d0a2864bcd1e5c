import { useId } from 'react';
import type { Finding } from '../../engine/finding';
import { SEVERITIES } from '../../domain/severity';
import { sortByVi } from '../i18n/format';
import { useDomainLabels } from '../i18n/labels';
import { useReportMessages } from './messages';
import { useLanguage } from '../i18n/language';

interface FindingListProps {
  findings: readonly Finding[];
}

/** The checker's findings, most serious first, each a sentence in the interface's language, its code after it as a detail. */
export function FindingList({ findings }: FindingListProps) {
  const id = useId();
  const m = useReportMessages();
  const labels = useDomainLabels();
  const language = useLanguage();
  if (findings.length === 0) return <p>{m.noFindings}</p>;
  return (
    <div className="findings">
      {SEVERITIES.map((severity) => {
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
              {labels.severities[severity]} <span className="count">({group.length})</span>
            </h3>
            <ul>
              {group.map((f, i) => (
                <li key={`${f.code}-${i}`}>
                  <span>{f.message[language]}</span> <code className="code code--detail">{f.code}</code>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
