import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './ids';

export const BODY_KINDS = [
  'party-committee', // cấp ủy: Thành ủy, Đảng ủy, Quận ủy
  'party-board', // ban đảng: Ban Tuyên giáo, Ban Tổ chức, UBKT
  'party-office', // văn phòng cấp ủy
  'party-group', // đảng đoàn, ban cán sự đảng
  'party-cell', // chi bộ
  'government', // HĐND, UBND
  'department', // sở, ngành
  'front', // Mặt trận Tổ quốc
  'mass-organisation', // tổ chức chính trị - xã hội
  'press', // cơ quan báo chí
  'central', // cơ quan Trung ương
  'other',
] as const;

export const BODY_LEVELS = ['central', 'city', 'district', 'ward', 'cell', 'other'] as const;

/** An organisation that can be assigned work (cơ quan, đơn vị). */
export const BodySchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  abbreviation: z.string().nullable().default(null),
  aliases: z.array(z.string()).default([]),
  kind: z.enum(BODY_KINDS).default('other'),
  level: z.enum(BODY_LEVELS).default('other'),
  parentId: IdSchema.nullable().default(null),
  validFrom: IsoDateSchema.nullable().default(null),
  validTo: IsoDateSchema.nullable().default(null),
  successorIds: z.array(IdSchema).default([]),
});
export type Body = z.infer<typeof BodySchema>;

/**
 * A named set of bodies ("các quận ủy, huyện ủy…"). Assigning a group means each member must complete.
 * An open group's members are not known from the document: it is kept as one assignee and reported.
 */
export const GroupSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  memberIds: z.array(IdSchema).default([]),
  open: z.boolean().default(false),
});
export type Group = z.infer<typeof GroupSchema>;

/** Whether a body exists on a given ISO date (bodies are merged or abolished over time). */
export function isBodyValidOn(body: Body, isoDate: string | null): boolean {
  if (!isoDate) return true;
  if (body.validFrom && isoDate < body.validFrom) return false;
  if (body.validTo && isoDate > body.validTo) return false;
  return true;
}
