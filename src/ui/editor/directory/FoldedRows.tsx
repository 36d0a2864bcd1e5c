import { useState, type ReactNode } from 'react';

/** Lists longer than this start folded. */
export const FOLD_ABOVE = 30;

interface FoldedRowsProps {
  count: number;
  /** The fold's summary, e.g. "Hiện 200 cơ quan". */
  summary: string;
  children: () => ReactNode;
}

/**
 * A long list of editable rows starts folded, and its rows exist only while it is open: a plan with
 * hundreds of bodies opens and edits without building thousands of fields nobody is looking at.
 */
export function FoldedRows({ count, summary, children }: FoldedRowsProps) {
  const [open, setOpen] = useState(false);
  if (count <= FOLD_ABOVE) return <>{children()}</>;
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}
