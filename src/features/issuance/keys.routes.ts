import { z } from 'zod';
import { IssuerKeysView } from '../../contracts/credentials.js';
import type { Deps } from '../../server/deps.js';
import { IdParams, SESSION_ONLY, errorResponses, noStore, type App } from '../../server/http.js';
import { listKeys, retireCompromisedKey, rotateKey, setIdentity } from './key-management.js';

/** Issuer admins manage their signing identity: rotate keys, retire a compromised one, choose did:web or did:key. */
export function registerKeyRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/issuers/:id/keys',
    {
      config: SESSION_ONLY,
      schema: {
        tags: ['issuers'],
        summary: 'The issuer’s identity and keys (issuer admin)',
        params: IdParams,
        response: { 200: IssuerKeysView, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await listKeys(deps, req.auth, req.params.id)),
  );
  app.post(
    '/api/v1/issuers/:id/keys/rotate',
    {
      config: SESSION_ONLY,
      schema: {
        tags: ['issuers'],
        summary: 'Start signing with a new key; old keys stay published (issuer admin)',
        params: IdParams,
        response: { 200: IssuerKeysView, ...errorResponses },
      },
    },
    async (req) => rotateKey(deps, req.auth, req.params.id),
  );
  app.post(
    '/api/v1/issuers/:id/keys/:keyId/compromised',
    {
      config: SESSION_ONLY,
      schema: {
        tags: ['issuers'],
        summary: 'Withdraw a compromised key and sign again everything it signed (issuer admin)',
        params: IdParams.extend({ keyId: z.string().min(1).max(100) }),
        response: { 200: IssuerKeysView.extend({ reissued: z.number() }), ...errorResponses },
      },
    },
    async (req) => retireCompromisedKey(deps, req.auth, req.params.id, req.params.keyId),
  );
  app.put(
    '/api/v1/issuers/:id/identity',
    {
      config: SESSION_ONLY,
      schema: {
        tags: ['issuers'],
        summary: 'Choose did:web or did:key for credentials issued from now on (issuer admin)',
        params: IdParams,
        body: z.object({ didMethod: z.enum(['web', 'key']) }),
        response: { 200: IssuerKeysView, ...errorResponses },
      },
    },
    async (req) => setIdentity(deps, req.auth, req.params.id, req.body.didMethod),
  );
}
