const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/**
 * What an element of an array of the top-level object is kept as, given the array's key and the element's
 * place: called as each element is parsed, so that what it parsed can be let go at once.
 */
export type ElementReader = (key: string, value: unknown, index: number) => unknown;

/** Bytes gathered across the chunks they arrive in. */
class ByteRun {
  private bytes = new Uint8Array(256);
  length = 0;

  add(chunk: Uint8Array, from: number, to: number): void {
    const size = this.length + to - from;
    if (size > this.bytes.length) {
      const grown = new Uint8Array(Math.max(size, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.bytes.set(chunk.subarray(from, to), this.length);
    this.length = size;
  }

  addText(text: string): void {
    const bytes = encoder.encode(text);
    this.add(bytes, 0, bytes.length);
  }

  /** The bytes gathered as text (throws on bad UTF-8); `trim`: without the JSON whitespace around them. */
  text(trim = false): string {
    let from = 0;
    let to = this.length;
    while (trim && from < to && isSpace(this.bytes[from] as number)) from++;
    while (trim && to > from && isSpace(this.bytes[to - 1] as number)) to--;
    return decoder.decode(this.bytes.subarray(from, to));
  }

  clear(): void {
    this.length = 0;
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * Takes a JSON object apart as its bytes arrive, a chunk at a time: each array of the top-level object is parsed
 * an element at a time (and kept as `element` says), and the rest, with each such array written `[n]` (its
 * number), kept as the skeleton. `finish` puts the object together: what `JSON.parse` would give. Throws (from
 * `feed` or `finish`) on anything it was not made for; the caller then parses the whole text, so a result is
 * always what `JSON.parse` gives, and a problem is named as it names it.
 */
export class JsonObjectSplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private started = false;
  private fed = false;
  /** Inside an array of the top-level object: its elements, and the bytes of the one being read. */
  private elements: unknown[] | null = null;
  private readonly element = new ByteRun();
  private readonly skeleton = new ByteRun();
  /** The last string at depth 1 (the key of the value that follows), while and once it is read. */
  private readonly key = new ByteRun();
  private keyText = '';
  private readonly arrays: unknown[][] = [];

  constructor(private readonly keep: ElementReader = (_key, value) => value) {}

  feed(chunk: Uint8Array): void {
    let i = 0;
    if (!this.fed && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3;
    this.fed ||= chunk.length > 0;
    if (!this.started) {
      while (i < chunk.length && isSpace(chunk[i] as number)) i++;
      if (i === chunk.length) return;
      if (chunk[i] !== OPEN_OBJECT) throw new SyntaxError('not an object');
      this.started = true;
    }
    let from = i;
    const flush = (to: number) => {
      (this.elements ? this.element : this.skeleton).add(chunk, from, to);
      from = to;
    };
    for (; i < chunk.length; i++) {
      const byte = chunk[i] as number;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (byte === BACKSLASH) this.escaped = true;
        else if (byte === QUOTE) this.inString = false;
        if (this.depth === 1) this.key.add(chunk, i, i + 1);
        continue;
      }
      if (byte === QUOTE) {
        this.inString = true;
        if (this.depth === 1) {
          this.key.clear();
          this.key.add(chunk, i, i + 1);
        }
      } else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
        if (this.depth === 1 && byte === OPEN_ARRAY) {
          if (this.key.length === 0) throw new SyntaxError('array without a key');
          this.keyText = JSON.parse(this.key.text()) as string;
          flush(i);
          this.skeleton.addText(`[${this.arrays.length}`);
          this.elements = [];
          this.arrays.push(this.elements);
          from = i + 1;
        }
        this.depth++;
      } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
        if (this.depth === 2 && this.elements) {
          flush(i);
          this.take(true);
          this.elements = null;
        }
        this.depth--;
        if (this.depth < 0) throw new SyntaxError('closed before it opened');
      } else if (byte === COMMA && this.depth === 2 && this.elements) {
        flush(i);
        this.take(false);
        from = i + 1;
      }
    }
    flush(chunk.length);
  }

  /** The object put together; throws as `JSON.parse` would on its skeleton. */
  finish(): Record<string, unknown> {
    if (this.depth !== 0 || this.inString || !this.started) throw new SyntaxError('not closed');
    const value = JSON.parse(this.skeleton.text()) as Record<string, unknown>;
    // every array at depth 1 is one of ours, `[n]`: where a key is repeated, JSON.parse keeps the last
    for (const key of Object.keys(value)) {
      const written = value[key];
      if (!Array.isArray(written)) continue;
      const elements = this.arrays[written[0] as number];
      Object.defineProperty(value, key, {
        value: elements,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
    return value;
  }

  /** The element read since the last comma or bracket, parsed and kept; none before `]` of an empty array. */
  private take(closing: boolean): void {
    const elements = this.elements as unknown[];
    const text = this.element.text(true);
    this.element.clear();
    if (text === '') {
      if (closing && elements.length === 0) return;
      throw new SyntaxError('empty element');
    }
    elements.push(this.keep(this.keyText, JSON.parse(text), elements.length));
  }
}
