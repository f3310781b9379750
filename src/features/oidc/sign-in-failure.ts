import type { SignInErrorReason } from '../../contracts/oidc.js';
import { AppError } from '../../server/errors.js';

export type SignInFailureDetails = { reason: SignInErrorReason; email?: string; linking?: boolean };

/** A sign-in through a provider that did not finish: 400 SIGN_IN_FAILED, with the reason for the page. */
export const signInFailed = (
  reason: SignInErrorReason,
  message: string,
  extra: Omit<SignInFailureDetails, 'reason'> = {},
) => new AppError('SIGN_IN_FAILED', message, { reason, ...extra } satisfies SignInFailureDetails);

export const failureDetails = (e: AppError): SignInFailureDetails =>
  (e.details ?? { reason: 'bad-response' }) as SignInFailureDetails;
