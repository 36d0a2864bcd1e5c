import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from 'react';
import { useLibraryMessages } from './messages';

/** How long a notice stays; it waits while the pointer is over it or focus is in it. */
export const TOAST_MS = 10_000;

interface ToastProps {
  text: string;
  /** A button offered with the notice (e.g. "Hoàn tác"); it gets focus when the notice appears. */
  action?: { label: string; run: () => void };
  onClose: () => void;
}

/**
 * A short-lived notice inside the page's status region (in the page's flow, under the actions, so that
 * it covers no button), with an optional action and a close button.
 */
export function Toast({ text, action, onClose }: ToastProps) {
  const m = useLibraryMessages();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const actionButton = useRef<HTMLButtonElement>(null);
  const close = useEffectEvent(onClose);

  useEffect(() => {
    actionButton.current?.focus();
  }, []);

  // Leaving with focus inside (Undo, Close) would drop focus on <body>: hand it to the page's heading.
  useLayoutEffect(() => {
    const element = box.current;
    return () => {
      if (element?.contains(document.activeElement)) document.querySelector<HTMLElement>('main h1')?.focus();
    };
  }, []);

  useEffect(() => {
    if (hovered || focused) return;
    const timer = window.setTimeout(close, TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [hovered, focused]);

  return (
    <div
      ref={box}
      className="toast"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => setFocused(e.currentTarget.contains(e.relatedTarget))}
    >
      <span className="toast__text">{text}</span>
      {action && (
        <button
          type="button"
          ref={actionButton}
          className="button"
          onClick={() => {
            action.run();
            onClose();
          }}
        >
          {action.label}
        </button>
      )}
      <button type="button" className="button button--quiet" onClick={onClose}>
        {m.closeNotice}
      </button>
    </div>
  );
}
