import { randomUUID } from 'node:crypto';
import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import type { Queryable } from '../../db/database.js';
import { AppError } from '../../server/errors.js';

/** Adds wording assessors can start from for one criterion of a micro-credential's current rubric. */
export async function addFeedbackTemplate(
  db: Queryable,
  at: string,
  x: { microCredentialId: string; criterionId: string; text: string; actorId: string },
) {
  const current = await db
    .selectFrom('micro_credentials as m')
    .innerJoin('micro_credential_versions as v', 'v.id', 'm.current_version_id')
    .select('v.content')
    .where('m.id', '=', x.microCredentialId)
    .executeTakeFirst();
  const content = current ? (JSON.parse(current.content) as MicroCredentialContent) : null;
  if (!content?.rubric.criteria.some((c) => c.id === x.criterionId))
    throw new AppError('VALIDATION_FAILED', `The rubric has no criterion "${x.criterionId}".`, [
      { path: 'criterionId', message: 'unknown criterion' },
    ]);
  const id = randomUUID();
  await db
    .insertInto('feedback_templates')
    .values({
      id,
      micro_credential_id: x.microCredentialId,
      criterion_id: x.criterionId,
      text: x.text,
      created_by: x.actorId,
      created_at: at,
    })
    .execute();
  return { id, criterionId: x.criterionId, text: x.text };
}
