import { z } from 'zod';
import { IssuerRef } from './common.js';

export const CredentialStatus = z.enum(['valid', 'revoked', 'suspended', 'expired']);

export const MyCredential = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  issuer: z.object({ id: z.string(), name: z.string() }),
  status: CredentialStatus,
  issuedAt: z.string(),
  imageUrl: z.string(),
  jsonUrl: z.string(),
});
export const MyCredentials = z.object({ items: z.array(MyCredential) });

export const VerifyBody = z.object({
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
