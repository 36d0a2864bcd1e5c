/** The Play view's part of the address: `?seed=123&speed=4` to reproduce a run, `?replay=<body>` for a counterexample. */
export interface PlayQuery {
  seed: number | null;
  speed: number | null;
  replay: string | null;
}

const integer = (value: string | null): number | null =>
  value !== null && /^\d{1,9}$/.test(value) ? Number(value) : null;

export function readPlayQuery(search: string = window.location.search): PlayQuery {
  const params = new URLSearchParams(search);
  return {
    seed: integer(params.get('seed')),
    speed: integer(params.get('speed')),
    replay: params.get('replay'),
  };
}

/** Put the query in the address without a history entry (the router reads only the path). */
export function writePlayQuery(query: Partial<PlayQuery>): void {
  const params = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined) params.delete(key);
    else params.set(key, String(value));
  }
  const search = params.toString();
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${search ? `?${search}` : ''}`,
  );
}
