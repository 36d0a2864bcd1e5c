/// <reference types="vitest/config" />
import { defineConfig, type Connect, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { onlyVietnamHolidays } from './scripts/only-vietnam-holidays.ts';
import { VitePWA } from 'vite-plugin-pwa';

/** The brand colour of the favicon and the header, for the browser's and the installed app's frame. */
const THEME_COLOR = '#1f4e79';

/**
 * Libraries in chunks of their own: they change less often than the app, so a new version downloads
 * only what changed. Each group holds libraries loaded at the same moment (`vendor` by the first page;
 * the canvas, the layout and the machines by the editor), so no group drags lazy code into the first load.
 */
const VENDOR_GROUPS = [
  { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|dexie|dexie-react-hooks|zod)[\\/]/ },
  {
    name: 'flow',
    test: /node_modules[\\/](@xyflow[\\/][^\\/]+|d3-[^\\/]+|zustand|classcat|use-sync-external-store)[\\/]/,
  },
  { name: 'dagre', test: /node_modules[\\/]@dagrejs[\\/]/ },
  { name: 'xstate', test: /node_modules[\\/](xstate|@xstate[\\/]react)[\\/]/ },
  // The store the first page reads plans with, apart from the run tables loaded with the runs' screens.
  { name: 'store', test: /src[\\/](store[\\/](?!run-|shared-run)[^\\/]+|domain[\\/]plan-format\.ts)$/ },
];

/**
 * The app decides what every address shows (an unknown one is its "not found" page), but Vite's servers
 * answer an address they cannot decode ("/plans/%") with an empty 404 before the app can load, and
 * reloading it only repeats that. Such a page request gets the app instead, at the same address.
 */
function appForUndecodableAddresses(): Plugin {
  const serveApp: Connect.NextHandleFunction = (req, _res, next) => {
    try {
      decodeURI(req.url ?? '/');
    } catch {
      if (req.method === 'GET' && req.headers.accept?.includes('text/html')) req.url = '/';
    }
    next();
  };
  return {
    name: 'app-for-undecodable-addresses',
    configureServer: (server) => void server.middlewares.use(serveApp),
    configurePreviewServer: (server) => void server.middlewares.use(serveApp),
  };
}

export default defineConfig({
  plugins: [
    react(),
    appForUndecodableAddresses(),
    onlyVietnamHolidays(),
    VitePWA({
      // A new version waits until the user chooses to reload (src/ui/shell/UpdateBanner.tsx).
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Rollout Studio — Kế hoạch triển khai nghị quyết',
        short_name: 'Rollout Studio',
        description: 'Thiết kế, kiểm chứng và theo dõi kế hoạch triển khai nghị quyết',
        lang: 'vi',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME_COLOR,
        background_color: '#f5f6f8',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // The whole built app, lazy chunks and the verify worker included, so every screen opens offline
        // (the icons and the manifest are added by the plugin).
        globPatterns: ['**/*.{js,css,html}'],
        // Every address of the app (/plans/…) is the single page; the router takes it from there.
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    /** The core (domain, engine, app, documents) by package name, for scripts/ and a server/ package. */
    alias: { '@rollout/core': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // Module workers, so a worker too loads what it rarely needs on first use (the import's .docx reader).
  worker: { format: 'es' },
  build: {
    rolldownOptions: { output: { codeSplitting: { groups: VENDOR_GROUPS } } },
  },
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'] } },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          globalSetup: ['tests/server/postgres-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
