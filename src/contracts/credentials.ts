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
  microCredentialId: z.string(),
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
