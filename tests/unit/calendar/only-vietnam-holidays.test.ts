import { data as full } from 'date-holidays/data';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onlyVietnamHolidays } from '../../../scripts/only-vietnam-holidays';

const require = createRequire(import.meta.url);

type Handler = (code: string, id: string) => Promise<{ code: string } | null>;
const { filter, handler } = onlyVietnamHolidays().transform as { filter: { id: RegExp[] }; handler: Handler };
const filtered = (id: string) => filter.id.some((pattern) => pattern.test(id));

async function transform(id: string): Promise<string> {
  expect(filtered(id)).toBe(true);
  const result = await handler('', id);
  if (!result) throw new Error(`not transformed: ${id}`);
  return result.code;
}

/** The JSON literal a generated module holds between `start` and the last `end`. */
function between(code: string, start: string, end: string): unknown {
  return JSON.parse(code.slice(code.indexOf(start) + start.length, code.lastIndexOf(end)));
}

describe('only-vietnam-holidays (Vite plugin)', () => {
  it("keeps Vietnam's holiday rules as the library has them, with every name they refer to", async () => {
    const id = require.resolve('date-holidays').replace(/lib[\\/]index\.cjs$/, 'src/data.js');
    const data = between(await transform(id), 'export const data = ', ';') as typeof full;
    expect(Object.keys(data.holidays)).toEqual(['VN']);
    expect(data.holidays.VN).toEqual(full.holidays.VN);
    const names = Object.values(full.holidays.VN?.days ?? {}).flatMap((d) => (d._name ? [d._name] : []));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(data.names[name]).toEqual(full.names[name]);
  });

  it("keeps Vietnam's time zones and UTC, with their aliases, and no other zone", async () => {
    // the holiday library's time zone library, beside it in node_modules
    const id = join(
      dirname(require.resolve('date-holidays/package.json')),
      '..',
      'moment-timezone',
      'index.js',
    );
    const zones = between(await transform(id), 'moment.tz.load(', ');') as {
      zones: string[];
      links: string[];
    };
    expect(zones.zones.map((z) => z.split('|')[0]).sort()).toEqual([
      'Asia/Bangkok',
      'Asia/Ho_Chi_Minh',
      'Etc/UTC',
    ]);
    expect(zones.links).toContain('Asia/Ho_Chi_Minh|Asia/Saigon');
    expect(zones.links).toContain('Etc/UTC|UTC');
  });

  it('leaves every other module alone', async () => {
    const id = '/app/src/calendar/vietnam-holidays.ts';
    expect(filtered(id)).toBe(false);
    expect(await handler('x', id)).toBeNull();
  });
});
