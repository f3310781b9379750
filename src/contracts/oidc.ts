import { z } from 'zod';

export const OIDC_KINDS = ['google', 'microsoft', 'clever', 'classlink', 'oidc'] as const;
export const OidcKind = z.enum(OIDC_KINDS);
export type OidcKind = z.infer<typeof OidcKind>;

/** What the sign-in page needs to draw a button: nothing secret, nothing about the organization. */
export const PublicProviderView = z.object({ slug: z.string(), name: z.string(), kind: OidcKind });
export type PublicProviderView = z.infer<typeof PublicProviderView>;

/** A provider as its administrators see it. The client secret is never returned. */
export const ProviderView = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: OidcKind,
  issuerUrl: z.string(),
  clientId: z.string(),
  scopes: z.string(),
  enabled: z.boolean(),
  /** Register this at the provider as the redirect (callback) URI. */
  redirectUri: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProviderView = z.infer<typeof ProviderView>;

const Slug = z
  .string()
  .trim()
  .min(2)
  .max(60)
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'Use lowercase letters, digits and single hyphens, e.g. riverside-google.',
  );
const IssuerUrl = z
  .string()
  .trim()
  .max(500)
  .url('Enter the issuer as a full URL, e.g. https://accounts.google.com.')
  .refine((u) => /^https?:\/\//.test(u), 'The issuer URL starts with https://.');
const Scopes = z
  .string()
  .trim()
  .max(300)
  .regex(/^[\x21-\x7e]+( [\x21-\x7e]+)*$/, 'Separate scopes with single spaces.')
  .refine((s) => s.split(' ').includes('openid'), 'The scopes must include openid.');

export const CreateProviderBody = z.object({
  orgId: z.string().min(1).max(100),
  slug: Slug,
  name: z.string().trim().min(2).max(100),
  kind: OidcKind,
  issuerUrl: IssuerUrl,
  clientId: z.string().trim().min(1).max(300),
  clientSecret: z.string().min(1).max(2000),
  scopes: Scopes.default('openid email profile'),
  enabled: z.boolean().default(true),
});
export type CreateProviderBody = z.input<typeof CreateProviderBody>;

/** Every field optional; a client secret given replaces the stored one. */
export const UpdateProviderBody = z.object({
  name: z.string().trim().min(2).max(100).optional(),
  kind: OidcKind.optional(),
  issuerUrl: IssuerUrl.optional(),
  clientId: z.string().trim().min(1).max(300).optional(),
  clientSecret: z.string().min(1).max(2000).optional(),
  scopes: Scopes.optional(),
  enabled: z.boolean().optional(),
});
export type UpdateProviderBody = z.input<typeof UpdateProviderBody>;

export const DiscoveryCheckView = z.object({
  ok: z.boolean(),
  message: z.string(),
  issuer: z.string().nullable(),
  authorizationEndpoint: z.string().nullable(),
});
export type DiscoveryCheckView = z.infer<typeof DiscoveryCheckView>;

/** An account at an identity provider linked to the signed-in person. */
export const IdentityView = z.object({
  id: z.string(),
  providerSlug: z.string(),
  providerName: z.string(),
  providerKind: OidcKind,
  email: z.string().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type IdentityView = z.infer<typeof IdentityView>;

export const EmailView = z.object({
  email: z.string(),
  /** The account's own address: used for notifications, cannot be removed here. */
  primary: z.boolean(),
  verifiedAt: z.string().nullable(),
});
export type EmailView = z.infer<typeof EmailView>;

export const LinkedAccountsView = z.object({
  items: z.array(IdentityView),
  /** Without a password, the last linked account cannot be removed. */
  hasPassword: z.boolean(),
});
export type LinkedAccountsView = z.infer<typeof LinkedAccountsView>;

/** Why a sign-in through a provider did not finish; the sign-in page explains each. */
export const SIGN_IN_ERRORS = [
  'unknown-provider',
  'provider-unavailable',
  'provider-refused',
  'bad-state',
  'expired',
  'bad-response',
  'unverified-email',
  'no-account',
  'deactivated',
  'identity-taken',
  'link-session',
  'outside-organization',
] as const;
export type SignInErrorReason = (typeof SIGN_IN_ERRORS)[number];
