import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useEditor } from './editor-context';

/** Whether the side panels are shown over the canvas (below 80rem, see editor.css) rather than beside it. */
export function overlays(element: HTMLElement | null): boolean {
  return element !== null && getComputedStyle(element).position === 'absolute';
}

interface Seen {
  chosen: string | null;
  reveal: unknown;
  problems: boolean;
}

/**
 * Below 80rem the side panels fold away, so that the canvas has the window's width for the five stage
 * lanes. They open over the canvas's right part when a task is chosen, a task is revealed (a problem, the
 * task list, a task added) or the problems are opened, and on demand; they close with their button or
 * Escape, and when no task is chosen any more. Wider, they are always beside the canvas and this state
 * changes nothing.
 */
export function useSideDrawer(problemsOpen: boolean) {
  const [open, setOpen] = useState(false);
  const selection = useEditor((s) => s.selection);
  const reveal = useEditor((s) => s.reveal);
  const chosen = selection.length === 1 ? (selection[0] ?? null) : null;
  const [seen, setSeen] = useState<Seen>({ chosen, reveal, problems: problemsOpen });
  if (seen.chosen !== chosen || seen.reveal !== reveal || seen.problems !== problemsOpen) {
    // Opened in the same render as what asks for it: the inspector can take focus, the canvas measure.
    setSeen({ chosen, reveal, problems: problemsOpen });
    const asked =
      (chosen !== null && chosen !== seen.chosen) ||
      (reveal !== null && reveal !== seen.reveal) ||
      (problemsOpen && !seen.problems);
    if (asked) setOpen(true);
    else if (chosen === null && seen.chosen !== null && !problemsOpen) setOpen(false);
  }
  const panelRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const close = () => {
    setOpen(false);
    if (panelRef.current?.contains(document.activeElement)) toggleRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    if (
      event.key !== 'Escape' ||
      !overlays(panelRef.current) ||
      target.getAttribute('aria-expanded') === 'true'
    )
      return;
    event.preventDefault();
    close();
  };
  return {
    open,
    panelRef,
    toggleRef,
    id,
    close,
    onKeyDown,
    toggleOpen: () => (open ? close() : setOpen(true)),
  };
}
