import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Auth } from '../features/auth/auth-context.js';

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Anyone may call this route; every other route needs a signed-in user (checked in app.ts). */
    public?: boolean;
    /** Other sites may use this (no cookies involved): CORS and cross-origin embedding are allowed. */
    crossOrigin?: boolean;
    /** Only a signed-in person, never an API token: managing tokens and signing keys. */
    sessionOnly?: boolean;
    /** The body is raw bytes (tus `application/offset+octet-stream`), streamed by the handler. */
    rawUpload?: boolean;
  }
  interface FastifyRequest {
    /** The signed-in user, or null. Set for every request by server/app.ts. */
    auth: Auth | null;
    sessionToken: string | null;
    /** Set when the caller signed in with an API token rather than a session. */
    viaToken: boolean;
  }
}

export const ErrorView = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** Standard error responses, for OpenAPI. */
export const errorResponses = {
  400: ErrorView,
  401: ErrorView,
  403: ErrorView,
  404: ErrorView,
  409: ErrorView,
} as const;

export const IdParams = z.object({ id: z.string().min(1).max(100) });

export const SESSION_COOKIE = 'mc_session';

export const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

/** Route config for what anyone may call; routes without it require sign-in. */
export const PUBLIC_ROUTE = { public: true } as const;
/** Public and usable from other sites: badge images, credentials, issuer documents, verification. */
export const OPEN_ROUTE = { public: true, crossOrigin: true } as const;
/** Route config for what a stolen API token must not reach: token and key management. */
export const SESSION_ONLY = { sessionOnly: true } as const;
