import { parseJsonText } from './plan-parse';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** The first and one-past-last byte of `bytes[from, to)` that is not JSON whitespace. */
function trimmed(bytes: Uint8Array, from: number, to: number): [number, number] {
  while (from < to && isSpace(bytes[from] as number)) from++;
  while (to > from && isSpace(bytes[to - 1] as number)) to--;
  return [from, to];
}

/** Where the string that opens at `at` (its quote) ends: one past its closing quote, or -1 if it never does. */
function stringEnd(bytes: Uint8Array, at: number): number {
  let quote = bytes.indexOf(QUOTE, at + 1);
  while (quote !== -1) {
    let slashes = 0;
    while (bytes[quote - 1 - slashes] === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return quote + 1;
    quote = bytes.indexOf(QUOTE, quote + 1);
  }
  return -1;
}

/**
 * What an element of an array of the top-level object is kept as, given the array's key and the element's
 * place: called as each element is parsed, so that what it parsed can be let go at once.
 */
export type ElementReader = (key: string, value: unknown, index: number) => unknown;

/** An array member of the top-level object: its key and its elements, each parsed on its own. */
interface Member {
  key: string;
  elements: unknown[];
}

/**
 * The top-level object of `bytes` with each of its arrays taken out and parsed an element at a time: the rest
 * (the skeleton, its arrays written `[]`) and the members whose value is an array. Throws on anything it was
 * not made for (the caller then parses the whole text), so a result is always what `JSON.parse` would give.
 */
export function splitTopObject(
  bytes: Uint8Array,
  element: ElementReader = (_key, value) => value,
): { skeleton: string; members: Member[] } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const [first, last] = trimmed(bytes, bom, bytes.length);
  if (bytes[first] !== OPEN_OBJECT || bytes[last - 1] !== CLOSE_OBJECT)
    throw new SyntaxError('not an object');
  const pieces: string[] = [];
  const members: Member[] = [];
  let depth = 0;
  let keyAt = -1;
  let keyEnd = -1;
  let kept = first;
  let elementAt = -1;
  let elements: unknown[] = [];
  let key = '';
  const take = (to: number, closing: boolean) => {
    const [from, end] = trimmed(bytes, elementAt, to);
    if (from === end) {
      if (closing && elements.length === 0) return;
      throw new SyntaxError('empty element');
    }
    elements.push(element(key, JSON.parse(decoder.decode(bytes.subarray(from, end))), elements.length));
  };
  // up to its closing brace, which must close the top-level object
  for (let i = first; i < last - 1; i++) {
    const byte = bytes[i] as number;
    if (byte === QUOTE) {
      const end = stringEnd(bytes, i);
      if (end === -1) throw new SyntaxError('unterminated string');
      if (depth === 1) {
        keyAt = i;
        keyEnd = end;
      }
      i = end - 1;
    } else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
      depth++;
      if (depth === 2 && byte === OPEN_ARRAY) {
        pieces.push(decoder.decode(bytes.subarray(kept, i + 1)));
        if (keyAt === -1) throw new SyntaxError('array without a key');
        key = JSON.parse(decoder.decode(bytes.subarray(keyAt, keyEnd))) as string;
        members.push({ key, elements });
        elementAt = i + 1;
      }
    } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
      if (depth === 2 && elementAt !== -1) {
        take(i, true);
        elementAt = -1;
        elements = [];
        kept = i;
      }
      depth--;
      if (depth < 1) throw new SyntaxError('closed before the end');
    } else if (byte === COMMA && depth === 2 && elementAt !== -1) {
      take(i, false);
      elementAt = i + 1;
    }
  }
  if (depth !== 1) throw new SyntaxError('not closed');
  pieces.push(decoder.decode(bytes.subarray(kept, last)));
  return { skeleton: pieces.join(''), members };
}

/** The top-level object `splitTopObject` took apart, put together: what `JSON.parse` gives. Throws as it does. */
export function joinTopObject({
  skeleton,
  members,
}: ReturnType<typeof splitTopObject>): Record<string, unknown> {
  const value = JSON.parse(skeleton) as Record<string, unknown>;
  // where a key is repeated, the last array written under it is the value (when the last value is an array)
  for (const { key, elements } of members) {
    if (!Array.isArray(value[key])) continue;
    Object.defineProperty(value, key, {
      value: elements,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return value;
}

/**
 * Parses the JSON of a file's bytes (UTF-8) as `parseJsonText` does, without ever holding the file as one
 * string: the arrays of the top-level object (a plan's tasks and bodies) are parsed an element at a time, so a
 * 250,000-task file needs its bytes and the parsed value, not also a text twice their size. Anything else, and
 * any error, is parsed as one text, so that the value, or the problem with its line and column, is the same.
 * A byte order mark is skipped.
 */
export function parseJsonBytes(bytes: Uint8Array): ReturnType<typeof parseJsonText> {
  try {
    return { ok: true, value: joinTopObject(splitTopObject(bytes)) };
  } catch {
    return parseJsonText(new TextDecoder().decode(bytes));
  }
}
