import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { check, formatPath, type Localized, type PlanProblem } from '../core';
import { SAY } from '../messages';

/** Every refusal has one shape: a code for programs, a message for people, the problems when input is bad. */
export interface ErrorBody {
  error: { code: string; message: Localized; problems?: PlanProblem[] };
}

export const refuse = (
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: Localized,
  extra: Record<string, unknown> = {},
) => c.json({ error: { code, message }, ...extra } satisfies ErrorBody, status);

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

/** The path of the first text (a value or a key) in `value` holding a NUL character, or null. */
function nulAt(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const step = Array.isArray(value) ? Number(key) : key;
    if (key.includes('\u0000')) return [...path, step];
    const found = nulAt(item, [...path, step]);
    if (found) return found;
  }
  return null;
}

/**
 * The request's JSON body checked by `schema`; bad input answers 400 naming each field and what is wrong.
 * A text with a NUL character (which PostgreSQL does not store) is refused too, naming where it is.
 */
export async function readBody<T>(c: Context, schema: z.ZodType<T>): Promise<Parsed<T>> {
  let value: unknown;
  try {
    value = await c.req.json();
  } catch {
    return { ok: false, response: refuse(c, 400, 'bad-json', SAY.badJson) };
  }
  const nul = nulAt(value);
  if (nul) return { ok: false, response: invalid(c, [{ path: formatPath(nul), message: SAY.nulCharacter }]) };
  const checked = check(schema, value);
  return checked.ok ? checked : { ok: false, response: invalid(c, checked.problems) };
}

/** 400 with the problems, the first one as the message. */
function invalid(c: Context, problems: PlanProblem[]): Response {
  const first = problems[0] as PlanProblem;
  const message = {
    vi: `${first.path.vi}: ${first.message.vi}`,
    en: `${first.path.en}: ${first.message.en}`,
  };
  return c.json({ error: { code: 'invalid', message, problems } } satisfies ErrorBody, 400);
}
