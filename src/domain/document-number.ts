import type { Plan } from './plan';

/** The parts of a document number: "66-CTr/TU" (Party) or "115/KH-UBND" (State). */
export interface DocumentNumberParts {
  number: string;
  type: string;
  issuer: string;
}

const PARTY = /^(\d+)-([\p{L}]+)\/([\p{L}\d-]+)$/u;
const STATE = /^(\d+)\/([\p{L}]+)-([\p{L}\d-]+)$/u;

/** Splits "Số 66-CTr/TU" or "Số: 115/KH-UBND" into number, type and issuer; null when it is neither form. */
export function splitDocumentNumber(raw: string): DocumentNumberParts | null {
  const bare = raw.trim().replace(/^số\s*:?\s*/iu, '');
  const match = PARTY.exec(bare) ?? STATE.exec(bare);
  if (!match) return null;
  const [, number, type, issuer] = match as unknown as [string, string, string, string];
  return { number, type, issuer };
}

/** The number as written without its "Số" prefix: "66-CTr/TU". */
export function bareNumber(plan: Plan): string | null {
  return plan.number ? plan.number.raw.replace(/^số:?\s*/iu, '') : null;
}
