import { z } from 'zod';
import { eachLanguage, inEveryLanguage, type Language, type Localized } from './localized';
import { PROBLEM_WORDING, sayRule, wordRule, type Rule } from './problem-wording';
import { knownKeysAt, nearestKey } from './unknown-keys';

/** One reason input was refused: where (JSON path, or line and column) and what rule it breaks. */
export interface PlanProblem {
  path: Localized;
  message: Localized;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: PlanProblem[] };

/** A rule of our own as the params of a refinement or a custom issue: `.refine(f, breaks(rule))`. */
export const breaks = (rule: Rule) => ({ params: rule });

const NAME = /^[A-Za-z_$][\w$]*$/;

/** One step of a path: `[3]`, `.leadId` (no dot first), or `["a key"]` for a key that is not a plain name. */
function pathStep(seg: PropertyKey, first: boolean): string {
  if (typeof seg === 'number') return `[${seg}]`;
  const key = String(seg);
  return NAME.test(key) ? `${first ? '' : '.'}${key}` : `[${JSON.stringify(key)}]`;
}

/** `tasks[3].leadId` from zod's path segments; the root is named in each language. */
export function formatPath(path: readonly PropertyKey[]): Localized {
  if (path.length === 0) return inEveryLanguage(PROBLEM_WORDING, (w) => w.root);
  const written = path.map((seg, i) => pathStep(seg, i === 0)).join('');
  return { vi: written, en: written };
}

/** A problem found outside a schema: the rule broken at a path. */
export const problemAt = (path: readonly PropertyKey[], rule: Rule): PlanProblem => ({
  path: formatPath(path),
  message: wordRule(rule),
});

/** "path: message" in every language. */
export const problemLine = (problem: PlanProblem): Localized =>
  eachLanguage((language) => `${problem.path[language]}: ${problem.message[language]}`);

const ZOD_LOCALES = { vi: z.locales.vi().localeError, en: z.locales.en().localeError };

/** An issue in one language: a rule of ours from its catalogue, anything else from zod's locale. */
function wordIssue(language: Language, issue: z.core.$ZodRawIssue): string {
  const rule = issue.code === 'custom' ? (issue.params as Rule | undefined) : undefined;
  if (rule) return sayRule(PROBLEM_WORDING[language], rule);
  const said = ZOD_LOCALES[language](issue);
  return typeof said === 'string' ? said : (said?.message ?? '');
}

const inVietnamese = (issue: z.core.$ZodRawIssue) => wordIssue('vi', issue);

/**
 * Parse `value` with `schema`; each problem is named by its path (under `at`) and worded in every
 * language. zod words the issues in Vietnamese as it parses; the English is said afterwards from each
 * finished issue, which keeps every field the locales read (`reportInput` keeps the input, which names
 * the type received). Only the raising check's instance is dropped, and no locale reads it.
 */
export function check<T>(schema: z.ZodType<T>, value: unknown, at: readonly PropertyKey[] = []): Checked<T> {
  const result = schema.safeParse(value, { error: inVietnamese, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: result.error.issues.flatMap((issue) => problemsOf(schema, issue, at)) };
}

/**
 * The problems one issue stands for: an object's unknown keys are one problem each, at the key's own path,
 * with the known key nearest to it, so that a misspelt field is never silently dropped.
 */
function problemsOf(schema: z.ZodType, issue: z.core.$ZodIssue, at: readonly PropertyKey[]): PlanProblem[] {
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(schema, issue.path);
    return issue.keys.map((key) =>
      problemAt([...at, ...issue.path, key], {
        rule: 'unknown-key',
        key,
        suggestion: nearestKey(key, known),
      }),
    );
  }
  const message = { vi: issue.message, en: wordIssue('en', issue as z.core.$ZodRawIssue) };
  return [{ path: formatPath([...at, ...issue.path]), message }];
}
