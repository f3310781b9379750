import { z } from 'zod';
import { IssuerRef } from './common.js';

export const CredentialStatus = z.enum(['valid', 'revoked', 'suspended', 'expired']);

export const MyCredential = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  issuer: z.object({ id: z.string(), name: z.string() }),
  status: CredentialStatus,
  statusReason: z.string().nullable(),
  issuedAt: z.string(),
  validUntil: z.string().nullable(),
  imageUrl: z.string(),
  jsonUrl: z.string(),
  files: z.object({
    json: z.string(),
    jwt: z.string().nullable(),
    png: z.string(),
    svg: z.string(),
    ob2: z.string(),
  }),
  /** Null for a pathway's stacked credential, which no single micro-credential earned. */
  microCredentialId: z.string().nullable(),
  /** Set on a pathway's stacked credential. */
  pathwayId: z.string().nullable().optional(),
  /** Renewal is open: the credential expires within 60 days. */
  renewal: z.boolean(),
});
export const MyCredentials = z.object({ items: z.array(MyCredential) });

export const VerifyBody = z.object({
  /** A credential with an embedded proof (object or JSON text), or a VC-JWT. */
  credential: z.union([z.string().max(2_000_000), z.record(z.string(), z.unknown())]),
});
export const Check = z.object({ id: z.string(), valid: z.boolean(), message: z.string() });
export const VerifyResult = z.object({ verified: z.boolean(), checks: z.array(Check) });
export type VerifyResult = z.infer<typeof VerifyResult>;

export const PublicCredentialView = z.object({
  id: z.string(),
  title: z.string(),
  status: CredentialStatus,
  issuedAt: z.string(),
  recipientName: z.string(),
  issuer: IssuerRef.extend({ url: z.string().nullable() }),
  imageUrl: z.string(),
  verification: VerifyResult,
});

/** The issuer admin's answer to revoke, suspend and unsuspend. */
export const StatusChange = z.object({
  id: z.string(),
  status: z.enum(['valid', 'revoked', 'suspended']),
  reason: z.string().nullable(),
  changedAt: z.string(),
});
export type StatusChange = z.infer<typeof StatusChange>;
export const StatusReason = z.object({ reason: z.string().trim().min(3).max(500) });

export const IssuedCredential = z.object({
  id: z.string(),
  title: z.string(),
  recipientName: z.string(),
  status: CredentialStatus,
  statusReason: z.string().nullable(),
  statusChangedAt: z.string().nullable(),
  issuedAt: z.string(),
  validUntil: z.string().nullable(),
  reissuedAt: z.string().nullable(),
});
export type IssuedCredential = z.infer<typeof IssuedCredential>;
export const IssuedCredentialPage = z.object({
  items: z.array(IssuedCredential),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type IssuedCredentialPage = z.infer<typeof IssuedCredentialPage>;

/** An issuer's signing key as its admins see it (never the secret). */
export const IssuerKeyView = z.object({
  id: z.string(),
  keyId: z.string(),
  did: z.string(),
  verificationMethod: z.string(),
  publicKeyMultibase: z.string(),
  status: z.enum(['active', 'retired', 'compromised']),
  createdAt: z.string(),
  retiredAt: z.string().nullable(),
  compromisedAt: z.string().nullable(),
  credentialsSigned: z.number(),
});
export const IssuerKeysView = z.object({
  didMethod: z.enum(['web', 'key']),
  did: z.string().nullable(),
  keys: z.array(IssuerKeyView),
});
export type IssuerKeysView = z.infer<typeof IssuerKeysView>;
