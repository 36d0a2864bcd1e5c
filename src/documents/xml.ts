/** Text for an XML document: characters XML cannot hold are dropped, markup characters escaped. */

// Everything outside XML 1.0's Char production (control characters, lone surrogates, U+FFFE/U+FFFF).
const INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** `text` safe inside an XML element or a quoted attribute. */
export function xmlText(text: string): string {
  return text.replace(INVALID, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
