import { createAppVerifier, type VerifierOptions } from '../features/credentials/verifier.js';
import { buildApp } from '../server/app.js';
import type { Config } from '../server/config.js';
import type { App } from '../server/http.js';
import { createTestDeps, type TestDeps } from './test-deps.js';

/**
 * The app with its verifier built from the given configuration (e.g. `fetchAllowHosts`,
 * `fetchTimeoutMs`): createTestDeps makes the verifier before any override could reach it.
 */
export async function createVerifierApp(
  config: Partial<Config> = {},
  verifier: VerifierOptions = {},
): Promise<{ deps: TestDeps; app: App; close: () => Promise<void> }> {
  const deps = await createTestDeps();
  Object.assign(deps.config, config);
  deps.verifier = createAppVerifier({ db: deps.db, config: deps.config, clock: deps.clock }, verifier);
  const app = await buildApp(deps, { logger: false, serveWeb: false });
  return {
    deps,
    app,
    close: async () => {
      await app.close();
      await deps.close();
    },
  };
}
