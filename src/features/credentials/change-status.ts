import type { Deps } from '../../server/deps.js';
import { AppError, notFound } from '../../server/errors.js';
import type { CredentialStatus } from '../../db/schema.js';
import { hasRole, isPlatformAdmin, requireAuth, type Auth } from '../auth/auth-context.js';
import { credentialUrl } from '../issuance/issue-credential.js';
import { setRevokedBits } from '../issuance/status-lists.js';
import { notify } from '../notifications/notify.js';
import { awardPathways } from '../pathways/award-pathways.js';

export type StatusAction = 'revoke' | 'suspend' | 'unsuspend';

/** Which statuses each action starts from, where it leads, and what the educator is told. */
const ACTIONS: Record<
  StatusAction,
  { from: CredentialStatus[]; to: CredentialStatus; done: string; told: string }
> = {
  revoke: { from: ['valid', 'suspended'], to: 'revoked', done: 'revoked', told: 'was revoked' },
  suspend: { from: ['valid'], to: 'suspended', done: 'suspended', told: 'was suspended' },
  unsuspend: { from: ['suspended'], to: 'valid', done: 'restored', told: 'is valid again' },
};

/**
 * An issuer admin revokes (for good), suspends (for now) or restores a credential of their issuer,
 * with a reason. Revocation flips the credential's bit in the issuer's signed status list, so
 * every verifier sees it; suspension is recorded here and shown by our page and verifier. The
 * educator is told in the same transaction. Restoring a micro-credential's credential awards the
 * pathways it now completes.
 */
export async function changeCredentialStatus(
  deps: Pick<Deps, 'db' | 'clock' | 'config' | 'secret' | 'dialect'>,
  auth: Auth | null,
  id: string,
  action: StatusAction,
  reason: string | undefined,
) {
  const a = requireAuth(auth);
  const rule = ACTIONS[action];
  const at = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    let query = trx
      .selectFrom('credentials')
      .select([
        'id',
        'status',
        'issuer_id',
        'educator_id',
        'micro_credential_id',
        'title',
        'status_list_id',
        'status_index',
      ])
      .where('id', '=', id);
    if (deps.dialect === 'postgres') query = query.forUpdate();
    const row = await query.executeTakeFirst();
    if (!row) throw notFound('That credential');
    if (!hasRole(a, 'issuer_admin', row.issuer_id) && !isPlatformAdmin(a)) {
      throw new AppError(
        'FORBIDDEN',
        'Only an administrator of the issuing organization can change this credential.',
      );
    }
    if (!rule.from.includes(row.status)) {
      throw new AppError(
        'INVALID_STATE',
        `This credential is ${row.status}; it cannot be ${rule.done} now.`,
        {
          status: row.status,
        },
      );
    }
    await trx
      .updateTable('credentials')
      .set({
        status: rule.to,
        status_reason: reason ?? null,
        status_changed_at: at.toISOString(),
        status_changed_by: a.userId,
      })
      .where('id', '=', id)
      .execute();
    if (rule.to === 'revoked' && row.status_list_id !== null && row.status_index !== null) {
      await setRevokedBits(trx, deps, row.status_list_id, [row.status_index], at);
    }
    await notify(trx, at.toISOString(), {
      userId: row.educator_id,
      kind: `credential.${action}`,
      title: `Your credential “${row.title}” ${rule.told}`,
      body: reason ? `Reason given by the issuer: ${reason}` : 'The issuer gave no reason.',
      link: credentialUrl(deps.config.publicUrl, id),
    });
    // A part valid again may complete a pathway that was waiting for it.
    if (rule.to === 'valid' && row.micro_credential_id !== null)
      await awardPathways(trx, deps, {
        educatorId: row.educator_id,
        microCredentialId: row.micro_credential_id,
      });
    return { id, status: rule.to, reason: reason ?? null, changedAt: at.toISOString() };
  });
}
