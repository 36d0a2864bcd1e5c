import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonObjectSplitter, parseJsonBytes } from '../../../src/domain/json-bytes';
import type { Plan } from '../../../src/domain/plan';
import { readPlanBytes, readPlanChunks } from '../../../src/domain/plan-bytes';
import { parseJsonText, parsePlanJson } from '../../../src/domain/plan-parse';
import { validPlan } from '../store/plan-arbitrary';
import { anyJson, brokenPlan } from './broken-plan';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Objects shaped like a plan file: some members arrays (of anything), some not, keys of any text. */
const planLike = fc.dictionary(
  fc.string({ unit: 'grapheme' }),
  fc.oneof(fc.array(fc.jsonValue({ maxDepth: 3 })), fc.jsonValue({ maxDepth: 3 })),
);
const indent = fc.constantFrom(undefined, 2, '\t', ' \r\n ');

/** What `JSON.parse` makes of the text: its value, or that it throws. */
function parsed(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

describe('parseJsonBytes', () => {
  it('gives the value JSON.parse gives for every object written with any spacing', () => {
    fc.assert(
      fc.property(planLike, indent, (value, space) => {
        const text = JSON.stringify(value, null, space as string);
        expect(parseJsonBytes(utf8(text))).toEqual({ ok: true, value: JSON.parse(text) });
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

  it('agrees with JSON.parse on damaged text, and names a syntax error exactly as parseJsonText does', () => {
    const damage = fc.record({
      at: fc.nat(),
      cut: fc.nat({ max: 3 }),
      insert: fc.stringMatching(/^[[\]{},:"\\ a1-]{0,2}$/),
    });
    fc.assert(
      fc.property(planLike, damage, (value, { at, cut, insert }) => {
        const whole = JSON.stringify(value, null, 1);
        const p = at % (whole.length + 1);
        const bytes = utf8(whole.slice(0, p) + insert + whole.slice(p + cut));
        // as the file holds it: a surrogate cut in two is written as U+FFFD
        const text = new TextDecoder().decode(bytes);
        const result = parseJsonBytes(bytes);
        const expected = parsed(text);
        expect(result.ok).toBe(expected.ok);
        if (expected.ok) expect(result).toEqual(expected);
        else expect(result).toEqual(parseJsonText(text));
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
      expect(parseJsonBytes(utf8(text))).toEqual({ ok: true, value: JSON.parse(text) });
    }
  });

  it('skips a byte order mark and reads bytes that are not UTF-8 as the lossy text would be', () => {
    expect(parseJsonBytes(utf8('\uFEFF{"a":[1, 2]}'))).toEqual({ ok: true, value: { a: [1, 2] } });
    const broken = new Uint8Array([...utf8('{"a":["'), 0xff, ...utf8('"]}')]);
    expect(parseJsonBytes(broken)).toEqual({ ok: true, value: { a: ['\uFFFD'] } });
  });

  it('names the line and column of a syntax error inside a long array', () => {
    const text = `{\n  "tasks": [\n    {"id": "a"},\n    {"id": "b",}\n  ]\n}`;
    const result = parseJsonBytes(utf8(text));
    expect(result).toEqual(parseJsonText(text));
    expect(result.ok ? '' : result.problems[0]?.path.vi).toMatch(/4/);
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
});
