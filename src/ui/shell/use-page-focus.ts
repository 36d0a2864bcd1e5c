import { useEffect, useRef, type RefObject } from 'react';

const WAIT_FOR_HEADING_MS = 10_000;

/** Focus the page's h1 (making it focusable if its page did not), so reading starts at the new page. */
function focusHeading(root: HTMLElement): boolean {
  const heading = root.querySelector<HTMLElement>('h1');
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
  return true;
}

/**
 * After moving to another page (not on first load), put focus on the new page's h1, where a keyboard or
 * screen-reader user expects to continue. A page still loading (lazy editor, plan read) gets `<main>`
 * focused meanwhile, and its h1 as soon as it appears, unless the user has moved focus in between.
 */
export function usePageFocus(main: RefObject<HTMLElement | null>, pageKey: string): void {
  const shown = useRef(pageKey);
  useEffect(() => {
    const root = main.current;
    if (shown.current === pageKey || !root) return;
    shown.current = pageKey;
    window.scrollTo(0, 0);
    if (focusHeading(root)) return;
    root.focus();
    const observer = new MutationObserver(() => {
      if (document.activeElement !== root || focusHeading(root)) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    const timer = window.setTimeout(() => observer.disconnect(), WAIT_FOR_HEADING_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [main, pageKey]);
}
