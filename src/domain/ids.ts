import { z } from 'zod';

/** Identifiers are lowercase ASCII slugs so they survive URLs, files and XState ids. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Mã định danh chỉ gồm chữ thường không dấu, số và dấu gạch ngang');

/** A calendar date written ISO-style (yyyy-mm-dd). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng yyyy-mm-dd')
  .refine((s) => isRealDate(s), 'Ngày không tồn tại trên lịch');

export function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
