import { Combobox, type ComboboxProps, type ComboOption } from './Combobox';
import { useControlMessages } from './messages';

interface PickListProps {
  label: string;
  /** What is chosen now, in order; `context` is shown after the label (e.g. the parent body). */
  chosen: ReadonlyArray<{ id: string; label: string; context?: string }>;
  /** What can be chosen; the chosen ones are left out of the search. */
  options: readonly ComboOption[];
  onAdd: (id: string) => void;
  onRemove: (id: string) => void;
  create?: ComboboxProps['create'];
}

/**
 * A list of chosen items, each with a remove button, and a search box to choose more (or another one),
 * or, with `create`, to add one not offered yet.
 */
export function PickList({ label, chosen, options, onAdd, onRemove, create }: PickListProps) {
  const m = useControlMessages();
  const taken = new Set(chosen.map((c) => c.id));
  return (
    <fieldset className="pick-list">
      <legend>{label}</legend>
      {chosen.length === 0 ? (
        <p className="muted">{m.none}</p>
      ) : (
        <ul className="pick-list__chosen">
          {chosen.map((c) => (
            <li key={c.id}>
              <span>
                {c.label}
                {c.context && <span className="pick-list__context"> · {c.context}</span>}
              </span>
              <button type="button" className="button button--quiet" onClick={() => onRemove(c.id)}>
                {m.remove} <span className="visually-hidden">{c.label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <Combobox
        label={label}
        hideLabel
        options={options.filter((o) => !taken.has(o.id))}
        onChoose={onAdd}
        create={create}
      />
    </fieldset>
  );
}
