import { LABELS, type LabelCatalogue } from '../../domain/labels';
import { useLanguage } from './language';

/** The names of the plan model's enumerations in the interface's language (`domain/labels.ts`). */
export function useDomainLabels(): LabelCatalogue {
  return LABELS[useLanguage()];
}
