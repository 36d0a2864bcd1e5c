import { queryInteger, writeQuery } from '../address-query';

/** The Play view's part of the address: `?seed=123&speed=4` to reproduce a run, `?replay=<body>` for a counterexample. */
export interface PlayQuery {
  seed: number | null;
  speed: number | null;
  replay: string | null;
}

export function readPlayQuery(search: string = window.location.search): PlayQuery {
  const params = new URLSearchParams(search);
  return {
    seed: queryInteger(params.get('seed')),
    speed: queryInteger(params.get('speed')),
    replay: params.get('replay'),
  };
}

export const writePlayQuery = (query: Partial<PlayQuery>): void => writeQuery(query);
