import { useId, useMemo, useState } from 'react';
import type { PlanRecord } from '../../app';
import { SearchField } from '../controls/SearchField';
import { useDomainLabels } from '../i18n/labels';
import { filterRecords, SORT_KEYS, sortRecords, type SortKey } from './library-query';
import { useLibraryMessages } from './messages';
import { PlanRow, type PlanRowActions } from './PlanRow';
import { useVerdicts } from '../plan-view/use-verdicts';

interface PlanLibraryViewProps extends PlanRowActions {
  records: readonly PlanRecord[];
}

/** The plans of the library with their verdicts, searchable and sortable. */
export function PlanLibraryView({ records, ...actions }: PlanLibraryViewProps) {
  const m = useLibraryMessages();
  const labels = useDomainLabels();
  const id = useId();
  const [query, setQuery] = useState('');
  const [sortKey, setSortKey] = useState<SortKey>('updated');
  const verdicts = useVerdicts(records);
  const shown = useMemo(
    () =>
      sortRecords(
        filterRecords(records, query, (plan) => labels.planKinds[plan.kind]),
        sortKey,
      ),
    [records, query, sortKey, labels],
  );

  return (
    <>
      <div className="library-controls" role="search">
        <SearchField label={m.search} hint={m.searchHint} value={query} onChange={setQuery} />
        <div className="field">
          <label htmlFor={`${id}-sort`}>{m.sortBy}</label>
          <select
            id={`${id}-sort`}
            value={sortKey}
            onChange={(e) => setSortKey(SORT_KEYS.find((k) => k === e.target.value) ?? 'updated')}
          >
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {m.sorts[key]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" className="library-count">
        {m.shown(shown.length, records.length)}
      </p>
      {shown.length > 0 ? (
        <ul className="plan-list" aria-label={m.listLabel}>
          {shown.map((record) => (
            <PlanRow key={record.id} record={record} verdict={verdicts.get(record.id)} {...actions} />
          ))}
        </ul>
      ) : (
        <p>{records.length === 0 ? m.empty : m.noMatch}</p>
      )}
    </>
  );
}
