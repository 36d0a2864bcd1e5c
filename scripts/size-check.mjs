// Fails when the JavaScript the first page loads (dist/index.html's entry and its static imports) exceeds
// the budget in KB gzip (lazily loaded chunks are not counted), or when any JavaScript file of the build
// (lazy chunks and workers included) is over Vite's 500 kB chunk-size warning, minified: such a chunk is
// split where its parts are loaded at different moments, never hidden by raising the warning's limit.
import { readdirSync, readFileSync, statSync } from 'node:fs';
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

const CHUNK_LIMIT_KB = 500; // Vite's build.chunkSizeWarningLimit, in kB of 1000 bytes as Vite counts them
const large = readdirSync(dist, { recursive: true })
  .filter((file) => String(file).endsWith('.js'))
  .map((file) => ({ file: String(file), kb: statSync(join(dist, String(file))).size / 1000 }))
  .filter(({ kb }) => kb > CHUNK_LIMIT_KB);
for (const { file, kb } of large) {
  console.log(
    `Tệp JavaScript quá lớn: ${file} ${kb.toFixed(1)} kB (giới hạn ${CHUNK_LIMIT_KB} kB): tách phần được tải ` +
      `vào lúc khác ra chunk riêng (import() động hoặc nhóm codeSplitting trong vite.config.ts).`,
  );
}
process.exit(kb > BUDGET_KB || large.length > 0 ? 1 : 0);
