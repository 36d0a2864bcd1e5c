/**
 * Debian's Chromium, as the end-to-end tests and the browser benchmark launch it: Playwright never
 * downloads a browser here. As root Chromium needs --no-sandbox; the other flags stop it from reaching
 * for the network (this machine has none but the package registries).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
