import type { DemoWorld } from './assessment-context.js';
import { createProvider } from '../oidc/manage-providers.js';
import { findUserByEmail } from '../auth/auth.repository.js';
import { insertUserEmail } from '../oidc/oidc.repository.js';
import { issuerAllowed } from '../oidc/provider-client.js';

/**
 * Riverside signs in through its own provider. In the demo that provider is the development one
 * (`npm run oidc:dev`, i.e. `tsx scripts/oidc-dev-provider.ts`), on port 3001 of this machine.
 */
export const DEMO_OIDC = {
  slug: 'riverside',
  name: 'Riverside USD account',
  issuerUrl: 'http://localhost:3001',
  clientId: 'microcred-demo',
  clientSecret: 'microcred-demo-oidc-secret',
  /** Maya Thompson's district address, besides her own educator@example.org: one person, one record. */
  mayaDistrictEmail: 'maya.thompson@riverside-usd.example.org',
  mayaEmail: 'educator@example.org',
} as const;

export async function seedOidcDemo(w: DemoWorld): Promise<void> {
  const { deps } = w;
  const orgId = w.orgIds.get('riverside');
  // The development provider is plain http on this machine: only a server that is itself on
  // localhost may use it (one with a public address requires https issuers).
  if (!orgId || !issuerAllowed(DEMO_OIDC.issuerUrl, deps.config.publicUrl)) return;
  // Set up by the district's own admin, as a district would.
  await createProvider(deps, await w.authOf('district@example.org'), {
    orgId,
    slug: DEMO_OIDC.slug,
    name: DEMO_OIDC.name,
    kind: 'oidc',
    issuerUrl: DEMO_OIDC.issuerUrl,
    clientId: DEMO_OIDC.clientId,
    clientSecret: DEMO_OIDC.clientSecret,
    scopes: 'openid email profile',
    enabled: true,
  });
  const maya = await findUserByEmail(deps.db, DEMO_OIDC.mayaEmail);
  if (!maya) return;
  const at = w.now.toISOString();
  await insertUserEmail(deps.db, {
    email: DEMO_OIDC.mayaDistrictEmail,
    user_id: maya.id,
    verified_at: at,
    created_at: at,
  });
}
