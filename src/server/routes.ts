import { registerAuthoringRoutes } from '../features/catalog/authoring.routes.js';
import { registerCatalogRoutes } from '../features/catalog/catalog.routes.js';
import { registerSubmissionRoutes } from '../features/submissions/submissions.routes.js';
import { registerEvidenceRoutes } from '../features/evidence/evidence.routes.js';
import { registerPrivacyRoutes } from '../features/privacy/privacy.routes.js';
import { registerCredentialRoutes } from '../features/credentials/credentials.routes.js';
import { registerReviewRoutes } from '../features/reviews/reviews.routes.js';
import { registerOrgRoutes } from '../features/orgs/orgs.routes.js';
import { registerCredentialAdminRoutes } from '../features/credentials/credential-admin.routes.js';
import { registerVerifyRoutes } from '../features/credentials/verify.routes.js';
import { registerIssuerRoutes } from '../features/issuance/issuers.routes.js';
import { registerKeyRoutes } from '../features/issuance/keys.routes.js';
import { registerNotificationRoutes } from '../features/notifications/notifications.routes.js';
import { registerTokenRoutes } from '../features/tokens/tokens.routes.js';
import { registerVcApiRoutes } from '../features/vc-api/vc-api.routes.js';
import { registerClrRoutes } from '../features/credentials/clr.routes.js';
import { registerAssessmentRoutes } from '../features/assessment/assessment.routes.js';
import { registerCalibrationRoutes } from '../features/assessment/calibration.routes.js';
import type { Deps } from './deps.js';
import type { App } from './http.js';

/** Every capability's routes, in one list. */
export function registerFeatureRoutes(app: App, deps: Deps) {
  registerCatalogRoutes(app, deps);
  registerAuthoringRoutes(app, deps);
  registerSubmissionRoutes(app, deps);
  registerEvidenceRoutes(app, deps);
  registerPrivacyRoutes(app, deps);
  registerReviewRoutes(app, deps);
  registerCredentialRoutes(app, deps);
  registerCredentialAdminRoutes(app, deps);
  registerVerifyRoutes(app, deps);
  registerIssuerRoutes(app, deps);
  registerKeyRoutes(app, deps);
  registerClrRoutes(app, deps);
  registerVcApiRoutes(app, deps);
  registerTokenRoutes(app, deps);
  registerNotificationRoutes(app, deps);
  registerOrgRoutes(app, deps);
  registerAssessmentRoutes(app, deps);
  registerCalibrationRoutes(app, deps);
}
