import type { SignInErrorReason } from '../../contracts/oidc.js';
import { AppError } from '../../server/errors.js';

/** Why a sign-in did not finish (`outside-organization`: the provider's organization does not look after this person). */
export type SignInFailureReason = SignInErrorReason;

export type SignInFailureDetails = { reason: SignInFailureReason; email?: string; linking?: boolean };

/** A sign-in through a provider that did not finish: 400 SIGN_IN_FAILED, with the reason for the page. */
export const signInFailed = (
  reason: SignInFailureReason,
  message: string,
  extra: Omit<SignInFailureDetails, 'reason'> = {},
) => new AppError('SIGN_IN_FAILED', message, { reason, ...extra } satisfies SignInFailureDetails);

export const failureDetails = (e: AppError): SignInFailureDetails =>
  (e.details ?? { reason: 'bad-response' }) as SignInFailureDetails;
