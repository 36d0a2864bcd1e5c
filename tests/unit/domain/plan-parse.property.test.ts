import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../../src/domain/plan-parse';
import { anyJson, brokenPlan } from './broken-plan';

/** Letters only Vietnamese writes (with their marks), in either case. */
const VIETNAMESE = /[ăâđêôơưàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/iu;

/**
 * Every string the value holds, keys too, longest first: a message or path may quote any of them as written,
 * or JSON-escaped (a path writes an odd key as `["a\\b"]`).
 */
function ownWords(value: unknown): string[] {
  const words = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') words.add(v);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') {
      Object.keys(v).forEach((key) => words.add(key).add(JSON.stringify(key).slice(1, -1)));
      Object.values(v).forEach(visit);
    }
  };
  visit(value);
  return [...words].filter((w) => w !== '').sort((a, b) => b.length - a.length);
}

function expectEveryProblemInBothLanguages(value: unknown) {
  const result = validatePlan(value);
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  const words = ownWords(value);
  for (const { path, message } of result.problems) {
    for (const text of [path.vi, path.en, message.vi, message.en]) expect(text.length).toBeGreaterThan(0);
    if (path.vi !== '(gốc)') expect(path.en).toBe(path.vi);
    const unquoted = (text: string) => words.reduce((t, word) => t.split(word).join(' '), text);
    expect(unquoted(message.en), message.en).not.toMatch(VIETNAMESE);
    expect(unquoted(path.en.replace(/^\(root\)$/, '')), path.en).not.toMatch(VIETNAMESE);
  }
}

describe('a refused plan in both languages', () => {
  it('words every problem with any JSON value in Vietnamese and English', () => {
    fc.assert(fc.property(anyJson, expectEveryProblemInBothLanguages), { numRuns: 300 });
  });

  it('words every problem with a valid plan after random changes, the English without Vietnamese', () => {
    fc.assert(fc.property(brokenPlan, expectEveryProblemInBothLanguages), { numRuns: 300 });
  });
});
