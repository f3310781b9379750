import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { registerAuthRoutes } from '../features/auth/auth.routes.js';
import { requireAuth } from '../features/auth/auth-context.js';
import { resolveSession } from '../features/auth/resolve-session.js';
import { authFromBearer } from '../features/tokens/api-tokens.js';
import { registerFeatureRoutes } from './routes.js';
import { checkSameSiteWrite } from './csrf.js';
import type { Deps } from './deps.js';
import { handleError } from './error-handler.js';
import { refuseNul } from './nul-guard.js';
import { AppError } from './errors.js';
import { PUBLIC_ROUTE, SESSION_COOKIE, type App } from './http.js';
import { webBuildDir } from './paths.js';
import { registerWebApp } from './web-app.js';

export type BuildAppOptions = {
  logger?: boolean;
  serveWeb?: boolean;
  /** The built web app to serve; defaults to dist/web. */
  webDir?: string;
  /** Called for every route as it is registered (tests use it to check each route's access rule). */
  onRoute?: (route: { method: string | string[]; url: string; public: boolean }) => void;
};

/** The whole HTTP surface, built from its dependencies; tests call `app.inject()` on it. */
export async function buildApp(deps: Deps, options: BuildAppOptions = {}): Promise<App> {
  const app = Fastify({
    // Per-request lines only when debugging; errors and warnings always.
    loggerInstance:
      options.logger === false
        ? undefined
        : (deps.log.child(
            {},
            { level: deps.log.isLevelEnabled('debug') ? 'debug' : 'warn' },
          ) as FastifyBaseLogger),
    bodyLimit: 1024 * 1024,
    // Fastify takes a boolean or addresses here, but its overloads accept only one member of that
    // union at a time; the value is passed through unchanged.
    trustProxy: deps.config.trustProxy as boolean,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  if (options.onRoute)
    app.addHook('onRoute', (r) =>
      options.onRoute!({ method: r.method, url: r.url, public: !!r.config?.public }),
    );

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        mediaSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: deps.config.publicUrl.startsWith('https://'),
  });
  await app.register(multipart, {
    // One byte over the largest limit, so our own check of the file's kind (not a silent cut) answers first.
    limits: {
      fileSize: Math.max(...Object.values(deps.config.uploadLimits)) + 1,
      files: 1,
      fields: 10,
      parts: 12,
    },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'microcred API',
        version: '1',
        description:
          'Educator micro-credentials: catalog, submissions, review, Open Badges 3.0 credentials and verification.',
      },
      servers: [{ url: deps.config.publicUrl }],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  const publicOrigin = new URL(deps.config.publicUrl).origin;
  app.decorateRequest('auth', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('viaToken', false);
  app.addHook('onRequest', async (req) => {
    if (!deps.readiness.ready && req.routeOptions.url !== '/healthz') {
      throw new AppError('NOT_READY', 'microcred is starting up; try again in a few seconds.', {
        retryAfterSeconds: 5,
      });
    }
    const authorization = req.headers.authorization;
    if (authorization && /^Bearer\s/i.test(authorization)) {
      // API clients send a token and no cookies: nothing a cross-site page could forge.
      req.auth = await authFromBearer(deps, authorization);
      req.viaToken = true;
      return;
    }
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      req.sessionToken = token;
      req.auth = await resolveSession(deps, token);
    }
    const route = req.routeOptions.config;
    if (!route?.crossOrigin) checkSameSiteWrite(req, publicOrigin, !!route?.rawUpload);
  });
  app.addHook('onSend', async (req, reply) => {
    if (!req.routeOptions.config?.crossOrigin) return;
    reply.header('access-control-allow-origin', '*');
    reply.header('cross-origin-resource-policy', 'cross-origin');
  });
  // Sign-in is checked before the body is validated, so anonymous callers learn nothing else.
  app.addHook('preValidation', async (req) => {
    const url = req.routeOptions.url;
    if (url !== undefined && !req.routeOptions.config.public && !url.startsWith('/api/docs'))
      requireAuth(req.auth);
    if (req.viaToken && req.routeOptions.config.sessionOnly) {
      throw new AppError('FORBIDDEN', 'Sign in to do this: API tokens cannot manage tokens or signing keys.');
    }
    refuseNul({ address: req.params, query: req.query, body: req.body });
    // `?q=&topic=` means "no filter", as HTML forms and simple clients send it.
    const query = req.query as Record<string, unknown> | undefined;
    for (const key of Object.keys(query ?? {})) if (query![key] === '') delete query![key];
  });

  app.get('/healthz', { config: PUBLIC_ROUTE, schema: { hide: true } }, async (_req, reply) => {
    if (!deps.readiness.ready) return reply.code(503).send({ status: 'starting' });
    return { status: 'ok' };
  });
  app.get('/api/v1/openapi.json', { config: PUBLIC_ROUTE, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  registerAuthRoutes(app, deps);
  registerFeatureRoutes(app, deps);

  const pageFallback =
    options.serveWeb === false ? null : await registerWebApp(app, options.webDir ?? webBuildDir);
  app.setNotFoundHandler((req, reply) => {
    if (pageFallback?.(req, reply)) return;
    throw new AppError('NOT_FOUND', `There is nothing at ${req.method} ${req.url.split('?')[0]}.`);
  });
  return app;
}
