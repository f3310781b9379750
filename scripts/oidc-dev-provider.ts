/**
 * A local OpenID Connect provider for trying district sign-in by hand:
 *
 *   npx tsx scripts/oidc-dev-provider.ts          (or: npm run oidc:dev)
 *
 * Listens on http://localhost:3001 (OIDC_DEV_PORT to change; the demo's "Riverside USD account"
 * provider points there) and accepts every demo person's address, plus Maya Thompson's district
 * address, with any password. MICROCRED_URL (default http://localhost:3000) is where microcred runs.
 */
import { demoPeople } from '../demo/people.js';
import { DEMO_OIDC } from '../src/features/demo/seed-oidc.js';
import { startDevProvider } from '../src/features/oidc/dev-provider.js';

const port = Number(process.env.OIDC_DEV_PORT ?? 3001);
const microcred = (process.env.MICROCRED_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

const dev = await startDevProvider({
  port,
  publicHost: 'localhost',
  title: 'Riverside USD sign-in (development)',
  clients: [
    {
      clientId: DEMO_OIDC.clientId,
      clientSecret: DEMO_OIDC.clientSecret,
      redirectUris: [`${microcred}/auth/oidc/${DEMO_OIDC.slug}/callback`],
    },
  ],
  accounts: [
    ...demoPeople.map((p) => ({ email: p.email, name: p.name })),
    { email: DEMO_OIDC.mayaDistrictEmail, name: 'Maya Thompson' },
  ],
});

console.log(`Development OpenID Connect provider at ${dev.issuer}
  for microcred at ${microcred} (client "${DEMO_OIDC.clientId}")
  Sign in at ${microcred}/signin with "Sign in with ${DEMO_OIDC.name}", then use
  ${DEMO_OIDC.mayaEmail} or ${DEMO_OIDC.mayaDistrictEmail} (Maya Thompson), any password.
Press Ctrl+C to stop.`);

const stop = () => void dev.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
