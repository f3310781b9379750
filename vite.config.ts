import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `vite` (dev) sends API and server-rendered paths; override with MICROCRED_API_URL. */
const api = process.env.MICROCRED_API_URL ?? 'http://127.0.0.1:3000';

/** The React app lives in src/web and builds into dist/web, which the Fastify server serves. */
export default defineConfig({
  root: 'src/web',
  plugins: [react(), tailwindcss()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    // `/api/v1` and `/api/docs` rather than `/api`: src/web/api/*.ts is served at /api/… in dev.
    proxy: Object.fromEntries(
      ['/api/v1', '/api/docs', '/auth/oidc', '/credentials', '/issuers', '/images', '/healthz'].map(
        (prefix) => [prefix, { target: api, changeOrigin: false }],
      ),
    ),
  },
});
