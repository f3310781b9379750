import type { EmailView, IdentityView, ProviderView } from '../../contracts/oidc.js';
import type { ProviderRow } from './oidc.repository.js';
import type * as repo from './oidc.repository.js';
import { redirectUriOf } from './provider-client.js';

export const presentProvider = (
  row: ProviderRow & { org_name: string },
  publicUrl: string,
): ProviderView => ({
  id: row.id,
  orgId: row.org_id,
  orgName: row.org_name,
  slug: row.slug,
  name: row.name,
  kind: row.kind,
  issuerUrl: row.issuer_url,
  clientId: row.client_id,
  scopes: row.scopes,
  enabled: row.enabled === 1,
  redirectUri: redirectUriOf(publicUrl, row.slug),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const presentIdentity = (
  row: Awaited<ReturnType<typeof repo.listIdentities>>[number],
): IdentityView => ({
  id: row.id,
  providerSlug: row.provider_slug,
  providerName: row.provider_name,
  providerKind: row.provider_kind,
  email: row.email,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
});

export const presentEmail = (row: { email: string; verified_at: string }): EmailView => ({
  email: row.email,
  primary: false,
  verifiedAt: row.verified_at,
});
