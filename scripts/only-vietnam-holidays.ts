// A Vite plugin: the app asks `date-holidays` for Vietnam's holidays only (src/calendar/vietnam-holidays.ts),
// but the library's data holds every country's rules and its time zone library (moment-timezone) every zone
// of the world, 1 MB minified between them. Their data modules keep Vietnam's rules, the shared names they
// refer to and Vietnam's time zones (with UTC), so the rest of the world stays out of the bundle.
// scripts/size-check.mjs fails if this stops applying (the holidays chunk grows over 500 kB again).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const HOLIDAY_DATA = /[\\/]date-holidays[\\/]src[\\/]data\.js$/;
const ZONES_INDEX = /[\\/]moment-timezone[\\/]index\.js$/;
const COUNTRY = 'VN';

interface PackedZones {
  version: string;
  zones: string[];
  links: string[];
  countries: string[];
}

async function holidayData() {
  return (await import('date-holidays/data')).data;
}

/** The data module of `date-holidays` with Vietnam alone. */
async function vietnamHolidayData(): Promise<string> {
  const data = await holidayData();
  const vietnam = data.holidays[COUNTRY];
  if (!vietnam) throw new Error(`date-holidays no longer has ${COUNTRY} in its data`);
  const used = Object.values(vietnam.days).flatMap((day) => (day._name ? [day._name] : []));
  const names = Object.fromEntries(used.map((name) => [name, data.names[name]]));
  return `export const data = ${JSON.stringify({ ...data, holidays: { [COUNTRY]: vietnam }, names })};`;
}

/** moment-timezone's entry module (CommonJS) loading only Vietnam's zones and UTC, with their aliases. */
async function vietnamZones(indexFile: string): Promise<string> {
  const wanted = new Set([...((await holidayData()).holidays[COUNTRY]?.zones ?? []), 'Etc/UTC']);
  const packed = JSON.parse(
    readFileSync(join(dirname(indexFile), 'data', 'packed', 'latest.json'), 'utf8'),
  ) as PackedZones;
  const links = packed.links.filter((link) => link.split('|').some((name) => wanted.has(name)));
  for (const link of links) wanted.add(link.split('|')[0] ?? '');
  const zones = packed.zones.filter((zone) => wanted.has(zone.split('|')[0] ?? ''));
  const slice = { version: packed.version, zones, links, countries: [] };
  return `var moment = module.exports = require("./moment-timezone");\nmoment.tz.load(${JSON.stringify(slice)});\n`;
}

export function onlyVietnamHolidays(): Plugin {
  return {
    name: 'only-vietnam-holidays',
    transform: {
      // Only these two modules reach the handler (the bundler filters the rest out itself).
      filter: { id: [HOLIDAY_DATA, ZONES_INDEX] },
      async handler(_code, id) {
        if (HOLIDAY_DATA.test(id)) return { code: await vietnamHolidayData(), map: null };
        if (ZONES_INDEX.test(id)) return { code: await vietnamZones(id), map: null };
        return null;
      },
    },
  };
}
