import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonObjectSplitter } from '../../../src/domain/json-bytes';
import type { Plan } from '../../../src/domain/plan';
import { readPlanBytes, readPlanChunks } from '../../../src/domain/plan-bytes';
import { parsePlanJson } from '../../../src/domain/plan-parse';
import { validPlan } from '../store/plan-arbitrary';
import { anyJson, brokenPlan } from './broken-plan';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Objects shaped like a plan file: some members arrays (of anything), some not, keys of any text. */
const planLike = fc.dictionary(
  fc.string({ unit: 'grapheme' }),
  fc.oneof(fc.array(fc.jsonValue({ maxDepth: 3 })), fc.jsonValue({ maxDepth: 3 })),
);
const indent = fc.constantFrom(undefined, 2, '\t', ' \r\n ');

/** A few characters of JSON's own cut out of, or put into, a text at some place. */
const damage = fc.record({
  at: fc.nat(),
  cut: fc.nat({ max: 3 }),
  insert: fc.stringMatching(/^[[\]{},:"\\ a1-]{0,2}$/),
});
type Damage = { at: number; cut: number; insert: string };

function damaged(text: string, { at, cut, insert }: Damage): string {
  const p = at % (text.length + 1);
  return text.slice(0, p) + insert + text.slice(p + cut);
}

/** What `JSON.parse` makes of the text: its value, or that it throws. */
function parsed(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** What the splitter makes of the bytes fed in one chunk: the value, or that it refuses them. */
function split(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    const splitter = new JsonObjectSplitter();
    splitter.feed(bytes);
    return { ok: true, value: splitter.finish() };
  } catch {
    return { ok: false };
  }
}

describe('JsonObjectSplitter', () => {
  it('gives the value JSON.parse gives for every object written with any spacing', () => {
    fc.assert(
      fc.property(planLike, indent, (value, space) => {
        const text = JSON.stringify(value, null, space as string);
        expect(split(utf8(text))).toEqual({ ok: true, value: JSON.parse(text) });
      }),
    );
  });

  it('parses such objects an array element at a time, in chunks cut anywhere, without the whole text', () => {
    fc.assert(
      fc.property(planLike, indent, fc.array(fc.nat(), { maxLength: 6 }), (value, space, cuts) => {
        const bytes = utf8(JSON.stringify(value, null, space as string));
        const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const splitter = new JsonObjectSplitter();
        [0, ...at].forEach((from, k) => splitter.feed(bytes.subarray(from, at[k] ?? bytes.length)));
        expect(splitter.finish()).toEqual(JSON.parse(new TextDecoder().decode(bytes)));
      }),
    );
  });

  it('never takes damaged text JSON.parse refuses, and gives what it gives for text it takes', () => {
    fc.assert(
      fc.property(planLike, damage, (value, change) => {
        const bytes = utf8(damaged(JSON.stringify(value, null, 1), change));
        // as the file holds it: a surrogate cut in two is written as U+FFFD
        const expected = parsed(new TextDecoder().decode(bytes));
        const result = split(bytes);
        if (!expected.ok) expect(result.ok).toBe(false);
        if (result.ok) expect(result).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('takes the last of a repeated key, as JSON.parse does', () => {
    for (const text of [
      '{"t":[1],"t":5}',
      '{"t":5,"t":[1]}',
      '{"t":[1],"t":[2]}',
      '{"t":[1],"t":[]}',
      '{"t":[1],"t":{"a":[3]}}',
      '{"__proto__":[1]}',
    ]) {
      expect(split(utf8(text))).toEqual({ ok: true, value: JSON.parse(text) });
    }
  });

  it('skips a byte order mark, and refuses bytes that are not UTF-8 (the whole text is read then)', () => {
    expect(split(utf8('\uFEFF{"a":[1, 2]}'))).toEqual({ ok: true, value: { a: [1, 2] } });
    expect(split(new Uint8Array([...utf8('{"a":["'), 0xff, ...utf8('"]}')]))).toEqual({ ok: false });
  });
});

describe('readPlanBytes', () => {
  const same = (value: unknown) => {
    const text = JSON.stringify(value, null, 1);
    expect(readPlanBytes(utf8(text))).toEqual(parsePlanJson(text));
  };

  it('reads every valid plan as parsePlanJson reads its text', () => {
    fc.assert(fc.property(validPlan, same), { numRuns: 200 });
  });

  it('gives the same problems as parsePlanJson for a plan with random changes, or any JSON value', () => {
    fc.assert(
      fc.property(
        brokenPlan.filter((v) => v !== undefined),
        same,
      ),
      { numRuns: 300 },
    );
    fc.assert(fc.property(anyJson, same), { numRuns: 200 });
  });

  it('reads a plan whose bytes arrive in chunks cut anywhere as parsePlanJson reads its text', () => {
    const cuts = fc.array(fc.nat(), { maxLength: 8 });
    fc.assert(
      fc.property(
        fc.oneof(
          validPlan,
          brokenPlan.filter((v) => v !== undefined),
        ),
        cuts,
        (value, cut) => {
          const text = JSON.stringify(value);
          const bytes = utf8(text);
          const at = [...new Set(cut.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...at].map((from, k) => bytes.subarray(from, at[k] ?? bytes.length));
          expect(readPlanChunks(chunks, () => bytes)).toEqual(parsePlanJson(text));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads an older format version, and a file that names its tasks twice, as the text is read', () => {
    const plan = fc.sample(validPlan, { numRuns: 1, seed: 7 })[0] as Plan;
    const v1: Record<string, unknown> = { ...plan };
    delete v1['schemaVersion'];
    same(v1);
    same({ ...plan, schemaVersion: 1 });
    const text = JSON.stringify(plan).replace('"tasks":', '"tasks":[{"id":1}],"tasks":');
    expect(readPlanBytes(utf8(text))).toEqual(parsePlanJson(text));
  });

  it('names a syntax error of damaged plan text by its line and column, exactly as parsePlanJson does', () => {
    fc.assert(
      fc.property(validPlan, damage, (plan, change) => {
        const bytes = utf8(damaged(JSON.stringify(plan, null, 1), change));
        expect(readPlanBytes(bytes)).toEqual(parsePlanJson(new TextDecoder().decode(bytes)));
      }),
      { numRuns: 300 },
    );
    const text = `{\n  "tasks": [\n    {"id": "a"},\n    {"id": "b",}\n  ]\n}`;
    const result = readPlanBytes(utf8(text));
    expect(result).toEqual(parsePlanJson(text));
    expect(result.ok ? '' : result.problems[0]?.path.vi).toMatch(/4/);
  });

  it('skips a byte order mark, and reads bytes that are not UTF-8 as the lossy text would be', () => {
    const plan = fc.sample(validPlan, { numRuns: 1, seed: 3 })[0] as Plan;
    const text = JSON.stringify(plan);
    expect(readPlanBytes(utf8(`\uFEFF${text}`))).toEqual(parsePlanJson(text));
    const broken = new Uint8Array([
      ...utf8(text.replace('"title":"', '"title":"§')).map((b) => (b === 0xa7 ? 0xff : b)),
    ]);
    const read = readPlanBytes(broken);
    expect(read).toEqual(parsePlanJson(new TextDecoder().decode(broken)));
    expect(read.ok && read.plan.title).toContain('\uFFFD');
  });
});
