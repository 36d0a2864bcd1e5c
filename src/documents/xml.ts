/** Text for an XML document: characters XML cannot hold are dropped, markup characters escaped. */

// Everything outside XML 1.0's Char production (control characters, lone surrogates, U+FFFE/U+FFFF).
const INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A parser reads a raw carriage return as a line feed (XML's end-of-line handling), and a tab or a line
  // break in an attribute as a space: written as character references they read back as themselves.
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** `text` safe inside an XML element or a quoted attribute, read back as it was. */
export function xmlText(text: string): string {
  return text.replace(INVALID, '').replace(/[&<>"'\r\n\t]/g, (c) => ENTITIES[c] ?? c);
}
