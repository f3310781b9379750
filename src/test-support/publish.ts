import type { Deps } from '../server/deps.js';
import type { Auth } from '../features/auth/auth-context.js';
import { createMicroCredential } from '../features/catalog/author-micro-credential.js';
import { publishMicroCredential } from '../features/catalog/publish-micro-credential.js';
import type { MicroCredentialContentInput } from '../contracts/micro-credential.js';
import { buildContent } from './sample-content.js';

/** Creates and publishes a micro-credential through the real use cases. */
export async function publishSample(
  deps: Deps,
  author: Auth,
  issuerId: string,
  overrides: Partial<MicroCredentialContentInput> = {},
  slug = `mc-${Math.random().toString(36).slice(2, 10)}`,
) {
  const created = await createMicroCredential(deps, author, {
    issuerId,
    slug,
    content: buildContent(overrides),
  });
  return publishMicroCredential(deps, author, created.id);
}
