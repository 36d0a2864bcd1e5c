import { useEffect, useRef } from 'react';
import type { Span } from '../../documents';

/** The normalised source text, with the span of the selected item marked and scrolled into view. */
export function SourceView({ text, span, label }: { text: string; span: Span | null; label: string }) {
  const mark = useRef<HTMLElement | null>(null);
  const box = useRef<HTMLPreElement | null>(null);
  // scrolls the source box only (its own offset parent), not the page: the marked span comes to its upper third
  useEffect(() => {
    if (mark.current && box.current)
      box.current.scrollTop = mark.current.offsetTop - box.current.clientHeight / 3;
  }, [span]);
  return (
    <section className="import-source" aria-label={label}>
      <h2>{label}</h2>
      <pre tabIndex={0} ref={box}>
        {span ? (
          <>
            {text.slice(0, span.start)}
            <mark ref={mark}>{text.slice(span.start, span.end)}</mark>
            {text.slice(span.end)}
          </>
        ) : (
          text
        )}
      </pre>
    </section>
  );
}
