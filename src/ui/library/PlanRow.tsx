import { toIso } from '../../domain/date';
import type { PlanRecord, PlanVerdict } from '../../app';
import { formatDate } from '../i18n/format';
import { MetaItem, PlanMeta } from '../plan-view/PlanMeta';
import { usePlanMessages } from '../plan-view/plan-messages';
import { VerdictBadge } from '../plan-view/VerdictBadge';
import { Link } from '../router/router';
import { useLibraryMessages } from './messages';

/** What can be done to one plan from the library. */
export interface PlanRowActions {
  onDuplicate: (record: PlanRecord) => void;
  onExport: (record: PlanRecord) => void;
  onRemove: (record: PlanRecord) => void;
}

interface PlanRowProps extends PlanRowActions {
  record: PlanRecord;
  verdict: PlanVerdict | undefined;
}

/** The calendar day of a timestamp where the user is (an edit at 6:00 in Hà Nội is 23:00 UTC the day before). */
function localDay(timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp; // shown as written
  return toIso(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * One plan: its title linking to the editor, what document it is, its verdict and its actions. A plan never
 * saved since it came into the library (an example, an import, a new plan) says so rather than showing the
 * day it was added as an edit.
 */
export function PlanRow({ record, verdict, onDuplicate, onExport, onRemove }: PlanRowProps) {
  const m = useLibraryMessages();
  const pm = usePlanMessages();
  const { plan } = record;
  /** Each action's name says which plan it acts on ("Xóa: <title>"), starting with the words it shows. */
  const which = (action: string) => `${action}: ${plan.title}`;
  const buttons = [
    { label: m.duplicate, run: onDuplicate, style: 'quiet' },
    { label: m.exportJson, run: onExport, style: 'quiet' },
    { label: m.remove, run: onRemove, style: 'danger' },
  ];
  return (
    <li className="card plan-card" data-plan-id={record.id}>
      <h2 className="plan-card__title">
        <Link to={{ name: 'editor', planId: record.id }}>{plan.title}</Link>
      </h2>
      <PlanMeta plan={plan}>
        <MetaItem label={pm.updated}>
          {record.revision > 1 ? (
            <time dateTime={record.updatedAt}>{formatDate(localDay(record.updatedAt))}</time>
          ) : (
            pm.neverEdited
          )}
        </MetaItem>
      </PlanMeta>
      {verdict && (
        <VerdictBadge
          ok={verdict.checked && (verdict.standing === 'proven' || verdict.standing === 'conditional')}
          conditional={verdict.checked && verdict.standing === 'conditional'}
          label={verdict.checked ? pm.verdict(verdict) : pm.checkFailed}
        />
      )}
      <div className="plan-card__actions">
        <Link
          to={{ name: 'report', planId: record.id }}
          className="button button--quiet"
          aria-label={which(m.report)}
        >
          {m.report}
        </Link>
        {buttons.map(({ label, run, style }) => (
          <button
            key={label}
            type="button"
            className={`button button--${style}`}
            aria-label={which(label)}
            onClick={() => run(record)}
          >
            {label}
          </button>
        ))}
      </div>
    </li>
  );
}
