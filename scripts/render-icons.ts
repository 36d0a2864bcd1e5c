/**
 * Renders the app's icons for the web app manifest from public/favicon.svg, in the system Chromium:
 * `npx tsx scripts/render-icons.ts`. The PNGs are committed; run this again only when the favicon changes.
 *
 * - icon-192.png, icon-512.png: the favicon as drawn (rounded square, transparent corners);
 * - icon-maskable-512.png, apple-touch-icon.png: full-bleed brand colour with the mark inside the
 *   central 80 % safe zone, so a launcher's circle or squircle mask never cuts it.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

/** The favicon's background colour, filling the corners of the full-bleed icons. */
const BRAND = '#1f4e79';

interface Icon {
  file: string;
  size: number;
  fullBleed: boolean;
}

const ICONS: Icon[] = [
  { file: 'public/icons/icon-192.png', size: 192, fullBleed: false },
  { file: 'public/icons/icon-512.png', size: 512, fullBleed: false },
  { file: 'public/icons/icon-maskable-512.png', size: 512, fullBleed: true },
  { file: 'public/apple-touch-icon.png', size: 180, fullBleed: true },
];

function iconHtml(svg: string, { size, fullBleed }: Icon): string {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const mark = fullBleed ? size * 0.8 : size;
  const background = fullBleed ? BRAND : 'transparent';
  return `<body style="margin:0"><div id="icon" style="width:${size}px;height:${size}px;display:grid;
    place-items:center;background:${background}"><img src="${src}" width="${mark}" height="${mark}"></div></body>`;
}

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  for (const icon of ICONS) {
    await page.setContent(iconHtml(svg, icon));
    await page.locator('#icon').screenshot({ path: icon.file, omitBackground: !icon.fullBleed });
    console.log(`${icon.file}: ${icon.size}×${icon.size}`);
  }
} finally {
  await browser.close();
}
