import { useEffect, useSyncExternalStore, type MouseEvent, type ReactNode } from 'react';
import { parseRoute, routePath, type Route } from './routes';

/**
 * Asked before the app leaves the page it shows. `unloading`: the tab is being closed or reloaded (work
 * still being saved would be cut off), rather than the app moving to another page (a save in flight
 * still ends). Returns the question to put to the user, or null to leave without asking.
 */
export type LeaveCheck = (unloading: boolean) => string | null;

const listeners = new Set<() => void>();
const leaveChecks = new Set<LeaveCheck>();
/** The path of the page shown: the address until the app has agreed to leave it. */
let shownPath: string | null = null;
const currentPath = () => (shownPath ??= window.location.pathname);

function notify() {
  shownPath = window.location.pathname;
  for (const l of listeners) l();
}

/** Every check agrees to leave, or the user, asked, chose to. */
function mayLeave(): boolean {
  for (const check of leaveChecks) {
    const question = check(false);
    if (question && !window.confirm(question)) return false;
  }
  return true;
}

/** Back and Forward: when the user chooses to stay, the page shown comes back to the top of the history. */
function onPopState() {
  const shown = currentPath();
  if (window.location.pathname === shown) return;
  if (mayLeave()) notify();
  else window.history.pushState(null, '', shown);
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener('popstate', onPopState);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', onPopState);
  };
}

/** The current route; re-renders on navigation and on Back/Forward. */
export function useRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, currentPath));
}

/**
 * Go to a route, adding a history entry (or replacing the current one), unless a leave check keeps the user here.
 * `search` ("?replay=b1") is a query the page reads itself; routes are paths only.
 */
export function navigate(route: Route, options: { replace?: boolean; search?: string } = {}): void {
  const path = routePath(route) + (options.search ?? '');
  const here = window.location.pathname + (options.search === undefined ? '' : window.location.search);
  if (path === here || !mayLeave()) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  notify();
}

/**
 * While the calling component is shown, leaving it asks first whenever `check` has a question: a link
 * or Back/Forward with the app's own confirmation, closing or reloading the tab with the browser's.
 * `check` should be stable (wrapped in useCallback).
 */
export function useLeaveCheck(check: LeaveCheck): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (check(true) !== null) event.preventDefault();
    };
    leaveChecks.add(check);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      leaveChecks.delete(check);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [check]);
}

interface LinkProps {
  to: Route;
  /** A query for the page to read ("?replay=b1"). */
  search?: string;
  className?: string;
  children: ReactNode;
  'aria-current'?: 'page' | 'location';
  'aria-label'?: string;
}

/** A real link (address, Ctrl/⌘-click for a new tab, Enter) that moves within the app on a plain click. */
export function Link({ to, search, className, children, ...rest }: LinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to, { search });
  };
  return (
    <a href={routePath(to) + (search ?? '')} className={className} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
