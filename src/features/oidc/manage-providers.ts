import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  CreateProviderBody,
  type DiscoveryCheckView,
  type ProviderView,
  UpdateProviderBody,
} from '../../contracts/oidc.js';
import { encryptSecret } from '../../openbadges/index.js';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import type { Auth } from '../auth/auth-context.js';
import { adminScope, inScope } from '../orgs/org-scope.js';
import * as repo from './oidc.repository.js';
import { presentProvider } from './oidc.presenter.js';
import { discover, issuerAllowed } from './provider-client.js';

/** Organizations that may have their own sign-in: everyone in them signs in the same way. */
const SIGN_IN_ORG_KINDS = new Set(['platform', 'state', 'district', 'school']);

type ProviderDeps = Pick<Deps, 'db' | 'clock' | 'config' | 'secret'>;

async function withOrgName(deps: ProviderDeps, id: string) {
  const [row] = (await repo.listProviders(deps.db, null)).filter((r) => r.id === id);
  return presentProvider(row!, deps.config.publicUrl);
}

/** The providers of the organizations an admin looks after (all of them, for platform admins). */
export async function listProvidersFor(deps: ProviderDeps, auth: Auth | null): Promise<ProviderView[]> {
  const scope = await adminScope(deps.db, auth);
  const rows = await repo.listProviders(deps.db, scope.all ? null : [...scope.ids]);
  return rows.map((r) => presentProvider(r, deps.config.publicUrl));
}

/** Refuses an issuer sign-in could not use: plain http, unless both ends are on this machine. */
function requireUsableIssuer(deps: ProviderDeps, issuerUrl: string) {
  if (!issuerAllowed(issuerUrl, deps.config.publicUrl))
    throw new AppError('VALIDATION_FAILED', 'The issuer URL must start with https://.', [
      { path: 'issuerUrl', message: 'Use the https:// address of the identity provider.' },
    ]);
}

/** A provider the admin looks after; someone else's is NOT_FOUND, as if it did not exist. */
async function providerInScope(deps: ProviderDeps, auth: Auth | null, id: string) {
  const scope = await adminScope(deps.db, auth);
  const row = await repo.findProviderById(deps.db, id);
  if (!row || !inScope(scope, row.org_id)) throw new AppError('NOT_FOUND', 'No such sign-in provider.');
  return row;
}

export async function createProvider(
  deps: ProviderDeps,
  auth: Auth | null,
  body: z.output<typeof CreateProviderBody>,
): Promise<ProviderView> {
  const scope = await adminScope(deps.db, auth);
  requireUsableIssuer(deps, body.issuerUrl);
  const org = await deps.db
    .selectFrom('organizations')
    .select(['id', 'kind'])
    .where('id', '=', body.orgId)
    .executeTakeFirst();
  if (!org || !inScope(scope, org.id))
    throw new AppError('NOT_FOUND', 'No such organization among those you administer.');
  if (!SIGN_IN_ORG_KINDS.has(org.kind))
    throw new AppError('VALIDATION_FAILED', 'Sign-in providers belong to a state, district or school.', [
      { path: 'orgId', message: 'Choose a state, district or school.' },
    ]);
  if (await repo.findProviderBySlug(deps.db, body.slug))
    throw new AppError('ALREADY_EXISTS', `The short name "${body.slug}" is taken; choose another.`, [
      { path: 'slug', message: 'Already used by another provider.' },
    ]);
  const now = deps.clock.now().toISOString();
  const id = randomUUID();
  await repo.insertProvider(deps.db, {
    id,
    org_id: org.id,
    slug: body.slug,
    name: body.name,
    kind: body.kind,
    issuer_url: body.issuerUrl.replace(/\/+$/, ''),
    client_id: body.clientId,
    client_secret_encrypted: encryptSecret(body.clientSecret, deps.secret),
    scopes: body.scopes,
    enabled: body.enabled ? 1 : 0,
    created_at: now,
    updated_at: now,
  });
  return withOrgName(deps, id);
}

export async function updateProvider(
  deps: ProviderDeps,
  auth: Auth | null,
  id: string,
  body: z.output<typeof UpdateProviderBody>,
): Promise<ProviderView> {
  await providerInScope(deps, auth, id);
  if (body.issuerUrl !== undefined) requireUsableIssuer(deps, body.issuerUrl);
  await repo.updateProvider(deps.db, id, {
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.kind !== undefined ? { kind: body.kind } : {}),
    ...(body.issuerUrl !== undefined ? { issuer_url: body.issuerUrl.replace(/\/+$/, '') } : {}),
    ...(body.clientId !== undefined ? { client_id: body.clientId } : {}),
    ...(body.clientSecret !== undefined
      ? { client_secret_encrypted: encryptSecret(body.clientSecret, deps.secret) }
      : {}),
    ...(body.scopes !== undefined ? { scopes: body.scopes } : {}),
    ...(body.enabled !== undefined ? { enabled: body.enabled ? 1 : 0 } : {}),
    updated_at: deps.clock.now().toISOString(),
  });
  return withOrgName(deps, id);
}

/** Fetches the provider's discovery document, as sign-in would, and says what happened. */
export async function checkDiscovery(
  deps: ProviderDeps,
  auth: Auth | null,
  id: string,
): Promise<DiscoveryCheckView> {
  const row = await providerInScope(deps, auth, id);
  try {
    const meta = (await discover(row, deps)).serverMetadata();
    return {
      ok: true,
      message: `Found ${meta.issuer}: people can be sent there to sign in.`,
      issuer: meta.issuer,
      authorizationEndpoint: meta.authorization_endpoint ?? null,
    };
  } catch {
    // The low-level cause (connection refused, timeout…) is not shown: it would let an admin
    // probe which ports answer on the server's network.
    return {
      ok: false,
      message: issuerAllowed(row.issuer_url, deps.config.publicUrl)
        ? `Could not reach ${row.issuer_url}, or it did not answer as an OpenID provider.`
        : `The issuer ${row.issuer_url} must use https://; change its address.`,
      issuer: null,
      authorizationEndpoint: null,
    };
  }
}
