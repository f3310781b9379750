import { describe, expect, it } from 'vitest';
import {
  useCredentialWorld,
  credentialJson,
  earnCredential,
  publishAnother,
} from '../../test-support/credential-world.js';
import { createKey, findSigner, verificationMethodsOfKey } from './issuer-keys.js';
import { reissueSignedBy } from './reissue-credentials.js';

/** Bulk re-signing through the worker pool, as a compromise of a busy issuer's key uses it. */
const { w } = useCredentialWorld();

describe('re-signing in bulk', () => {
  it('re-signs every credential of a key on worker threads; each verifies with the new key', async () => {
    const ids = [await earnCredential(w)];
    for (const title of ['Second Practice', 'Third Practice'])
      ids.push(await earnCredential(w, await publishAnother(w, { title })));
    const before = await Promise.all(ids.map((id) => credentialJson(w.app, id)));
    const key = await w.deps.db
      .selectFrom('issuer_keys')
      .selectAll()
      .where('issuer_id', '=', w.issuer.id)
      .executeTakeFirstOrThrow();
    const at = w.deps.clock.now().toISOString();
    await w.deps.db
      .updateTable('issuer_keys')
      .set({ compromised_at: at, retired_at: at })
      .where('id', '=', key.id)
      .execute();
    await createKey(w.deps.db, w.deps.secret, w.issuer.id, at);
    const issuer = (await findSigner(w.deps.db, w.issuer.id))!;
    // A threshold of 1 sends even three credentials to the pool.
    const count = await reissueSignedBy(
      w.deps,
      issuer,
      verificationMethodsOfKey(w.deps.config, issuer, key),
      {
        poolThreshold: 1,
      },
    );
    expect(count).toBe(3);
    for (const [i, id] of ids.entries()) {
      const after = await credentialJson(w.app, id);
      expect(after.proof[0].verificationMethod).not.toBe(before[i].proof[0].verificationMethod);
      expect(after.credentialStatus.statusListIndex).not.toBe(before[i].credentialStatus.statusListIndex);
      expect((await w.deps.verifier.verify(after)).verified).toBe(true);
      expect((await w.deps.verifier.verify(before[i])).verified).toBe(false);
    }
  });
});
