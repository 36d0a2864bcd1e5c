import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { check, type Localized, type PlanProblem } from '../core';
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

/** The request's JSON body checked by `schema`; bad input answers 400 naming each field and what is wrong. */
export async function readBody<T>(c: Context, schema: z.ZodType<T>): Promise<Parsed<T>> {
  let value: unknown;
  try {
    value = await c.req.json();
  } catch {
    return { ok: false, response: refuse(c, 400, 'bad-json', SAY.badJson) };
  }
  const checked = check(schema, value);
  if (checked.ok) return checked;
  const first = checked.problems[0] as PlanProblem;
  const message = {
    vi: `${first.path.vi}: ${first.message.vi}`,
    en: `${first.path.en}: ${first.message.en}`,
  };
  return {
    ok: false,
    response: c.json({ error: { code: 'invalid', message, problems: checked.problems } }, 400),
  };
}
