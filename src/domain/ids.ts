import { z } from 'zod';
import { breaks } from './problems';

/** Identifiers are lowercase ASCII slugs so they survive URLs, files and XState ids. */
export const IdSchema = z
  .string()
  .refine((s) => /^[a-z0-9][a-z0-9-]*$/.test(s), breaks({ rule: 'id-format' }));

/** A calendar date written ISO-style (yyyy-mm-dd). */
export const IsoDateSchema = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), breaks({ rule: 'date-format' }))
  .refine((s) => isRealDate(s), breaks({ rule: 'real-date' }));

export function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
