import { useLayoutEffect, useRef } from 'react';

/**
 * Keeps `--editor-top` on the element: how far below the top of the page it starts. editor.css sizes the
 * canvas and the side column from it, so that they reach the bottom of the window whatever the header,
 * the title (one line or two) and the notices above them take.
 */
export function useViewportFill<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () =>
      element.style.setProperty('--editor-top', `${element.getBoundingClientRect().top + window.scrollY}px`);
    update();
    const observer = new ResizeObserver(update);
    if (element.parentElement) observer.observe(element.parentElement);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, []);
  return ref;
}
