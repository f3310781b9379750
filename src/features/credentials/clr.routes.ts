import { randomUUID } from 'node:crypto';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import { errorResponses, noStore, type App } from '../../server/http.js';
import { signCredential } from '../../openbadges/index.js';
import { buildClrCredential } from '../../openbadges/clr.js';
import { requireAuth, type Auth } from '../auth/auth-context.js';
import { appDocumentLoader } from '../issuance/document-loader.js';
import { ensureIssuerKey, issuerPageUrl, signingKeyOf } from '../issuance/issuer-keys.js';
import { effectiveStatus } from './credential-status.js';
import * as repo from './credentials.repository.js';

/**
 * The educator's whole record as one signed 1EdTech CLR 2.0 `ClrCredential`, issued by this
 * platform: every credential they hold that is not revoked or suspended (expired ones stay, with their
 * dates: the record is a history), embedded exactly as issued.
 */
export async function exportClr({ db, config, clock, secret }: Deps, auth: Auth | null) {
  const a = requireAuth(auth);
  const platform = await db
    .selectFrom('organizations')
    .select(['id', 'slug', 'name', 'did_method'])
    .where('kind', '=', 'platform')
    .orderBy('created_at')
    .executeTakeFirst();
  if (!platform)
    throw new AppError('INVALID_STATE', 'This instance has no platform organization to sign records.');
  const now = clock.now();
  await ensureIssuerKey(db, secret, platform.id, now.toISOString());
  const key = await signingKeyOf(db, config, secret, platform);
  const held = (await repo.listForEducator(db, a.userId)).filter(
    (r) => effectiveStatus(r.status, r.valid_until, now) !== 'revoked' && r.status !== 'suspended',
  );
  if (held.length === 0)
    throw new AppError(
      'INVALID_STATE',
      'You hold no credentials yet (none that is not revoked or suspended), so there is no record to export.',
    );
  const unsigned = buildClrCredential({
    id: `urn:uuid:${randomUUID()}`,
    issuer: { id: key.issuerDid, name: platform.name, url: issuerPageUrl(config, platform.slug) },
    learner: { id: `urn:uuid:${a.userId}`, email: a.email, name: a.name },
    credentials: held.map((r) => JSON.parse(r.document) as object),
    validFrom: now,
  });
  return signCredential(unsigned, key, appDocumentLoader(db, config), now);
}

export function registerClrRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/me/clr',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Your whole record as a signed CLR 2.0 ClrCredential (download)',
        response: { ...errorResponses },
      },
    },
    async (req, reply) =>
      noStore(reply)
        .type('application/vc+ld+json; charset=utf-8')
        .header('content-disposition', 'attachment; filename="learner-record.clr.json"')
        .send(JSON.stringify(await exportClr(deps, req.auth))),
  );
}
