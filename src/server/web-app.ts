import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PUBLIC_ROUTE, type App } from './http.js';

/**
 * Serves the built React app (dist/web) to everyone and returns the fallback that answers page
 * URLs the client router owns with index.html. Returns null when the web app has not been built.
 */
export async function registerWebApp(
  app: App,
  dir: string,
): Promise<((req: FastifyRequest, reply: FastifyReply) => boolean) | null> {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) {
    app.log.warn(`web app not built (${index} missing): run "npm run build:web"`);
    return null;
  }
  await app.register(async (scope) => {
    // The app's own files are public: the sign-in page must load before anyone is signed in.
    scope.addHook('onRoute', (route) => {
      route.config = { ...route.config, ...PUBLIC_ROUTE };
    });
    await scope.register(fastifyStatic, {
      root: dir,
      wildcard: false,
      index: false,
      setHeaders: (res, file) => {
        if (file.includes(`${path.sep}assets${path.sep}`))
          res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  });
  const html = fs.readFileSync(index);
  return (req, reply) => {
    const isPage =
      req.method === 'GET' &&
      !req.url.startsWith('/api/') &&
      (req.headers.accept ?? '').includes('text/html');
    if (!isPage) return false;
    void reply.code(200).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
    return true;
  };
}
