/// <reference types="vitest/config" />
import { defineConfig, type Connect, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

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
  plugins: [react(), appForUndecodableAddresses()],
  resolve: {
    /** The core (domain, engine, app, documents) by package name, for scripts/ and a server/ package. */
    alias: { '@rollout/core': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
