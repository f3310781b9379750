import { registerAuthoringRoutes } from '../features/catalog/authoring.routes.js';
import { registerCatalogRoutes } from '../features/catalog/catalog.routes.js';
import { registerSubmissionRoutes } from '../features/submissions/submissions.routes.js';
import { registerCredentialRoutes } from '../features/credentials/credentials.routes.js';
import { registerReviewRoutes } from '../features/reviews/reviews.routes.js';
import { registerOrgRoutes } from '../features/orgs/orgs.routes.js';
import type { Deps } from './deps.js';
import type { App } from './http.js';

/** Every capability's routes, in one list. */
export function registerFeatureRoutes(app: App, deps: Deps) {
  registerCatalogRoutes(app, deps);
  registerAuthoringRoutes(app, deps);
  registerSubmissionRoutes(app, deps);
  registerReviewRoutes(app, deps);
  registerCredentialRoutes(app, deps);
  registerOrgRoutes(app, deps);
}
