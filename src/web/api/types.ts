import type { z } from 'zod';
import type { DecisionResult } from '../../contracts/reviews.js';
import type { MyCredential } from '../../contracts/credentials.js';
import type { InvitationView, UserView } from '../../contracts/orgs.js';
import type { SubmissionStatus } from '../../contracts/submissions.js';

// Types the contracts export only as schemas, inferred here rather than written again.
export type MyCredentialView = z.infer<typeof MyCredential>;
export type DecisionResultView = z.infer<typeof DecisionResult>;
export type InvitationViewT = z.infer<typeof InvitationView>;
export type UserViewT = z.infer<typeof UserView>;
export type SubmissionStatusId = z.infer<typeof SubmissionStatus>;
