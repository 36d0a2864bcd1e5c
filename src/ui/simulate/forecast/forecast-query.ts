import { readIso } from '../../../domain/date';
import { DEFAULT_RUNS, DEFAULT_SEED } from '../../../engine/forecast';
import { queryInteger, writeQuery } from '../address-query';
import { MAX_RUNS, type Settings } from './ForecastSettings';

/**
 * The forecast's settings from the address (`?runs=200&seed=7&start=2024-06-03`), each one the address does not
 * give, or gives out of range, at its default.
 */
export function readForecastQuery(search: string = window.location.search): Settings {
  const params = new URLSearchParams(search);
  const runs = queryInteger(params.get('runs'));
  const start = params.get('start');
  return {
    runs: runs !== null && runs >= 1 && runs <= MAX_RUNS ? runs : DEFAULT_RUNS,
    seed: queryInteger(params.get('seed')) ?? DEFAULT_SEED,
    start: start !== null && readIso(start) ? start : null,
  };
}

export const writeForecastQuery = (settings: Settings): void => writeQuery({ ...settings });
