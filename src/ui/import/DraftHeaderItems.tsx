import type { ExtractedItem, ItemField } from '../../documents';
import type { Plan, PlanKind } from '../../domain/plan';
import { formatDate } from '../i18n/format';
import { useDomainLabels } from '../i18n/labels';
import { useImportMessages } from './messages';

/** The fields read from the document's header and closing, each leading to the text it was read from. */
const HEADER_FIELDS = new Set<ItemField>([
  'kind',
  'number',
  'place-date',
  'title',
  'issuer',
  'basis',
  'recipient',
  'signer',
]);

/** The items of an import that belong to the plan rather than to one task, with their place in the list. */
export function headerItems(items: readonly ExtractedItem[]): Array<{ item: ExtractedItem; index: number }> {
  return items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => HEADER_FIELDS.has(item.field))
    .sort((a, b) => a.item.span.start - b.item.span.start);
}

interface DraftHeaderItemsProps {
  plan: Plan;
  items: readonly ExtractedItem[];
  selected: number | null;
  onSelect: (index: number) => void;
}

/**
 * What the importer read outside the tasks (kind, number, place and date, title, issuers, basis, recipients,
 * signers) with how sure it is: choosing one marks its span in the source.
 */
export function DraftHeaderItems({ plan, items, selected, onSelect }: DraftHeaderItemsProps) {
  const m = useImportMessages();
  const labels = useDomainLabels();
  const shown = headerItems(items);
  if (shown.length === 0) return null;
  const valueOf = (item: ExtractedItem): string => {
    switch (item.field) {
      case 'issuer':
        return plan.bodies.find((b) => b.id === item.value)?.name ?? item.value;
      case 'kind':
        return labels.planKinds[item.value as PlanKind] ?? item.value;
      case 'place-date':
        return item.value.replace(/\d{4}-\d{2}-\d{2}/, (iso) => formatDate(iso));
      default:
        return item.value;
    }
  };
  return (
    <details className="draft-header" open>
      <summary>{m.headerItems(shown.length)}</summary>
      <ul>
        {shown.map(({ item, index }) => (
          <li key={index}>
            <button
              type="button"
              className="draft-header__item"
              aria-pressed={index === selected}
              onClick={() => onSelect(index)}
            >
              <span className="draft-header__field">{m.fields[item.field]}</span>
              <span>{valueOf(item)}</span>
              <span className="draft-header__confidence">{m.confidence(item.confidence)}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
