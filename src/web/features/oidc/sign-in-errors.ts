import { SIGN_IN_ERRORS, type SignInErrorReason } from '../../../contracts/oidc.js';

/**
 * What went wrong with a sign-in through a provider, in words for the person: the server sends the
 * browser back with `?error=<reason>` (and `&email=` when an address is the point).
 */
export function signInErrorMessage(reason: string | null, email: string | null): string | null {
  if (!reason) return null;
  if (!(SIGN_IN_ERRORS as readonly string[]).includes(reason))
    return 'Signing in did not work. Please try again, or sign in with your email and password.';
  const who = email ? email : 'that address';
  const messages: Record<SignInErrorReason, string> = {
    'unknown-provider': 'That sign-in option is not available any more. Choose another way to sign in.',
    'provider-unavailable':
      'Your organization’s sign-in service cannot be reached right now. Try again in a minute, or sign in with your password.',
    'provider-refused':
      'Your organization’s sign-in service did not sign you in (it was cancelled or refused).',
    'bad-state':
      'This sign-in link was already used or was started in another browser. Please start again here.',
    expired: 'The sign-in took too long and expired. Please start again.',
    'bad-response':
      'The answer from your organization’s sign-in service did not pass our security checks, so you were not signed in. Please start again.',
    'unverified-email': `Your sign-in service has not confirmed ${who}, so we cannot tell whose account it is. Ask your district to verify it, or sign in with your password.`,
    'no-account': `No microcred account for ${who}. Ask your district to add you, or sign in with the address your district uses.`,
    deactivated: 'This microcred account is deactivated. Ask your administrator to restore it.',
    'outside-organization':
      "This sign-in option is for another organization's staff. Sign in with your password or your own organization's sign-in.",
    'identity-taken': `That account${email ? ` (${email})` : ''} already belongs to another microcred account, so it was not linked. Ask your administrator to merge them.`,
    'link-session': 'Sign in to microcred first, then link the other account from this page.',
  };
  return messages[reason as SignInErrorReason];
}

/** The `error` and `email` of the current address, as the server sent them. */
export function signInErrorFromLocation(search: string) {
  const params = new URLSearchParams(search);
  return signInErrorMessage(params.get('error'), params.get('email'));
}
