import type { ReactNode } from 'react';

/**
 * A long part of a run's page (a table of 200 bodies, a page of the log) that the browser styles and lays out
 * only when it comes near the screen (`content-visibility: auto`): opening a large run paints the top of its
 * page without laying out thousands of rows first. Kept in the accessibility tree, found by the page's search,
 * printed in full. `lines` sizes it meanwhile (about one line each), so the scroll bar hardly moves.
 */
export function LaidOutWhenSeen({ lines, children }: { lines: number; children: ReactNode }) {
  return (
    <div className="run-lazy" style={{ containIntrinsicSize: `auto ${(lines * 2.2).toFixed(1)}rem` }}>
      {children}
    </div>
  );
}
