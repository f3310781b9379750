import { z } from 'zod';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import { OPEN_ROUTE, PUBLIC_ROUTE, errorResponses, type App } from '../../server/http.js';
import type { VerificationResult } from '../../openbadges/index.js';
import { verifyPresentation } from '../../openbadges/verify-presentation.js';
import { issueAnyCredential } from './issue-any.js';

const Options = z
  .object({ challenge: z.string().max(500).optional(), domain: z.string().max(500).optional() })
  .passthrough()
  .optional();
/** The VC-API verification response; extra members carry each check in words. */
const Verdict = z
  .object({
    verified: z.boolean(),
    checks: z.array(z.string()),
    warnings: z.array(z.string()),
    errors: z.array(z.string()),
  })
  .passthrough();
const JSON_LIMIT = 3 * 1024 * 1024;

/** The VC-API answer: which checks ran, and every failure in words. */
function vcApiVerdict(result: VerificationResult) {
  return {
    verified: result.verified,
    checks: result.checks.filter((c) => c.valid).map((c) => c.id),
    warnings: [] as string[],
    errors: result.checks.filter((c) => !c.valid).map((c) => `${c.id}: ${c.message}`),
    results: result.checks,
  };
}

/**
 * The W3C VC-API: issuing for an issuer's integrations (API token), and verifying credentials and
 * presentations for anyone. Status codes as the VC-API gives them: 201 issued, 200 verified,
 * 400 malformed, 422 well-formed but not verified or not issuable.
 */
export function registerVcApiRoutes(app: App, deps: Deps) {
  app.post(
    '/credentials/issue',
    {
      config: PUBLIC_ROUTE,
      bodyLimit: JSON_LIMIT,
      schema: {
        tags: ['vc-api'],
        summary: 'Sign a credential as your issuer (Bearer API token of an issuer admin)',
        body: z.object({ credential: z.record(z.string(), z.unknown()), options: Options }),
        response: {
          201: z.object({ verifiableCredential: z.record(z.string(), z.unknown()) }),
          ...errorResponses,
          422: errorResponses[400],
        },
      },
    },
    async (req, reply) => {
      if (!req.headers.authorization)
        throw new AppError('UNAUTHENTICATED', 'Send an API token: Authorization: Bearer mct_…');
      const verifiableCredential = await issueAnyCredential(deps, req.auth, req.body.credential);
      return reply.code(201).send({ verifiableCredential });
    },
  );

  app.post(
    '/credentials/verify',
    {
      config: OPEN_ROUTE,
      bodyLimit: JSON_LIMIT,
      schema: {
        tags: ['vc-api'],
        summary: 'Verify a credential (object with an embedded proof, or a VC-JWT string)',
        body: z.object({
          verifiableCredential: z.union([z.record(z.string(), z.unknown()), z.string().max(2_000_000)]),
          options: Options,
        }),
        response: { 200: Verdict, 400: errorResponses[400], 422: Verdict },
      },
    },
    async (req, reply) => {
      const verdict = vcApiVerdict(await deps.verifier.verify(req.body.verifiableCredential));
      return reply.code(verdict.verified ? 200 : 422).send(verdict);
    },
  );

  app.post(
    '/presentations/verify',
    {
      config: OPEN_ROUTE,
      bodyLimit: JSON_LIMIT,
      schema: {
        tags: ['vc-api'],
        summary: 'Verify a presentation (signed or unsigned) and every credential in it',
        body: z.object({ verifiablePresentation: z.record(z.string(), z.unknown()), options: Options }),
        response: { 200: Verdict, 400: errorResponses[400], 422: Verdict },
      },
    },
    async (req, reply) => {
      const { challenge, domain } = req.body.options ?? {};
      const result = await verifyPresentation(req.body.verifiablePresentation, {
        documentLoader: deps.verifier.documentLoader,
        verifyCredential: (c) => deps.verifier.verify(c),
        ...(challenge ? { challenge } : {}),
        ...(domain ? { domain } : {}),
      });
      const body = {
        verified: result.verified,
        checks: result.presentationResult.checks.filter((c) => c.valid).map((c) => c.id),
        warnings: result.presentationResult.signed ? [] : ['The presentation itself is not signed.'],
        errors: result.problems,
        presentationResult: result.presentationResult,
        credentialResults: result.credentialResults.map((r) => ({
          index: r.index,
          id: r.id,
          ...vcApiVerdict(r.result),
        })),
      };
      return reply.code(result.verified ? 200 : 422).send(body);
    },
  );
}
