// Fails when the JavaScript the first page loads (dist/index.html's entry and its static imports) exceeds
// the budget in KB gzip. Lazily loaded chunks are not counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = Number(process.argv[2] ?? 150);
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entries = [
  ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g),
].map((m) => m[1]);
const seen = new Set();
const queue = [...entries];
while (queue.length > 0) {
  const file = queue.pop();
  if (seen.has(file)) continue;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(/^import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/gm)) {
    queue.push(join(file, '..', m[1]));
  }
}
let total = 0;
for (const file of seen) total += gzipSync(readFileSync(join(dist, file))).length;
const kb = total / 1024;
console.log(`JavaScript ban đầu: ${kb.toFixed(1)} KB gzip (${seen.size} tệp; giới hạn ${BUDGET_KB} KB)`);
process.exit(kb > BUDGET_KB ? 1 : 0);
