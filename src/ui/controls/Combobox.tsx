import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { matchesSearch } from '../../domain/text-fold';
import { useControlMessages } from './messages';

export interface ComboOption {
  id: string;
  label: string;
  /** Shown after the label, e.g. an abbreviation or "from the directory". */
  hint?: string;
  /** Shown under the label, e.g. the parent body ("thuộc Thành ủy Hải Phòng"). */
  context?: string;
  /** Everything a search should match: name, abbreviation, aliases, code… */
  search: string;
}

/** How many matches are listed at once; typing narrows the rest. */
const SHOWN = 50;

export interface ComboboxProps {
  label: string;
  /** Already sorted. */
  options: readonly ComboOption[];
  onChoose: (id: string) => void;
  /** The label is for assistive technology only (a legend around the box already shows it). */
  hideLabel?: boolean;
  /**
   * When nothing matches, offers to create what was typed: `label` words the offer ("Thêm cơ quan mới
   * «…»"), `run` receives the text typed, trimmed.
   */
  create?: { label: (text: string) => string; run: (text: string) => void };
}

const CREATE_ID = '\u0000create';

/** The matches for `query`, or, when nothing matches, the offer to create what was typed. */
export function comboEntries(
  options: readonly ComboOption[],
  query: string,
  create: ComboboxProps['create'],
): ComboOption[] {
  const matches = options.filter((o) => matchesSearch(o.search, query)).slice(0, SHOWN);
  const text = query.trim();
  if (!create || !text || matches.length > 0) return matches;
  return [{ id: CREATE_ID, label: create.label(text), search: '' }];
}

/**
 * A search box with a list of matches (ARIA combobox with a listbox): typing filters with `matchesSearch`
 * (accents and case ignored), arrows move, Enter picks, Escape closes; a click picks too. With `create`,
 * a name that matches nothing can be added from the list.
 */
export function Combobox({ label, options, onChoose, hideLabel, create }: ComboboxProps) {
  const id = useId();
  const m = useControlMessages();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = comboEntries(options, query, create);
  const current = Math.min(active, matches.length - 1);
  const expanded = open && matches.length > 0;
  const optionId = (i: number) => `${id}-option-${i}`;
  const list = useRef<HTMLUListElement>(null);
  // A box low in a scrolled panel opens its list below the fold: bring the list into view.
  useEffect(() => {
    if (expanded) list.current?.scrollIntoView?.({ block: 'nearest' });
  }, [expanded]);

  const choose = (option: ComboOption | undefined) => {
    if (!option) return;
    if (option.id === CREATE_ID) create?.run(query.trim());
    else onChoose(option.id);
    setQuery('');
    setOpen(false);
    setActive(0);
  };
  const move = (step: number) => {
    setOpen(true);
    if (open && matches.length > 0) setActive((current + step + matches.length) % matches.length);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const keys: Record<string, (() => void) | undefined> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      Enter: () => (open ? choose(matches[current]) : setOpen(true)),
      Escape: open ? () => setOpen(false) : query ? () => setQuery('') : undefined,
    };
    const action = keys[event.key];
    if (!action) return;
    // Handled here: the editor's own shortcuts (Escape deselects, Enter…) must not see it.
    event.preventDefault();
    event.stopPropagation();
    action();
  };

  return (
    <div className="combobox">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? optionId(current) : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {m.searchHint}
      </span>
      <ul
        ref={list}
        id={`${id}-list`}
        role="listbox"
        aria-label={label}
        className="combobox__list"
        hidden={!expanded}
      >
        {(expanded ? matches : []).map((o, i) => (
          <li
            key={o.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            className={
              [i === current && 'is-active', o.id === CREATE_ID && 'combobox__create']
                .filter(Boolean)
                .join(' ') || undefined
            }
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(o)}
          >
            {o.label}
            {o.hint && <span className="combobox__hint"> · {o.hint}</span>}
            {o.context && <span className="combobox__context">{o.context}</span>}
          </li>
        ))}
      </ul>
      <p className="combobox__empty" role="status">
        {open && matches.length === 0 ? m.noMatches : ''}
      </p>
    </div>
  );
}
