import { z } from 'zod';
import { isYearInRange, readIso } from './date';
import { breaks } from './problems';

/** Identifiers are lowercase ASCII slugs so they survive URLs, files and XState ids. */
export const IdSchema = z
  .string()
  .refine((s) => /^[a-z0-9][a-z0-9-]*$/.test(s), breaks({ rule: 'id-format' }));

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written ISO-style (yyyy-mm-dd), of a year 0001–9999, that is on the calendar. */
export const IsoDateSchema = z
  .string()
  .refine((s) => ISO_DATE.test(s), { ...breaks({ rule: 'date-format' }), abort: true })
  .refine((s) => isYearInRange(Number(s.slice(0, 4))), { ...breaks({ rule: 'year-range' }), abort: true })
  .refine((s) => readIso(s) !== null, breaks({ rule: 'real-date' }));
