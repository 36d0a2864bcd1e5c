import { useCallback, useEffect, useState } from 'react';

const PARAM = 'plan';

/** The plan id in `?plan=…` of the current address, or null on the library page. */
export function readPlanParam(): string | null {
  const value = new URLSearchParams(window.location.search).get(PARAM);
  return value ? value : null;
}

/** The address of a plan page (or of the library for null), keeping any other query parameters. */
export function planHref(planId: string | null): string {
  const url = new URL(window.location.href);
  if (planId) url.searchParams.set(PARAM, planId);
  else url.searchParams.delete(PARAM);
  return `${url.pathname}${url.search}`;
}

/**
 * Keeps the selected plan in the address bar: opening a plan pushes a history entry, so the browser's
 * Back and Forward buttons move between the library and the plans the user opened.
 */
export function usePlanParam(): [string | null, (planId: string | null) => void] {
  const [planId, setPlanId] = useState<string | null>(readPlanParam);

  useEffect(() => {
    const onPopState = () => setPlanId(readPlanParam());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback((next: string | null) => {
    if (next === readPlanParam()) return;
    window.history.pushState(null, '', planHref(next));
    setPlanId(next);
  }, []);

  return [planId, navigate];
}
