import { useState } from 'react';
import { Button } from '../../components/Button.js';
import { ConfirmDialog, Dialog } from '../../components/Dialog.js';
import { Checkbox } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { StatusChip, type Tone } from '../../components/StatusChip.js';
import { formatDate, plural } from '../../lib/format.js';
import { useRetireCompromised, useRotateKey, type IssuerKey, type IssuerKeys } from './issuer-api.js';

const KEY_STATUS: Record<IssuerKey['status'], { label: string; tone: Tone; what: string }> = {
  active: { label: 'Active', tone: 'success', what: 'Signs new credentials' },
  retired: { label: 'Retired', tone: 'neutral', what: 'Still published, so what it signed verifies' },
  compromised: { label: 'Compromised', tone: 'danger', what: 'Withdrawn; its credentials were signed again' },
};

function CompromisedDialog({
  target,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  target: IssuerKey | null;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const [understood, setUnderstood] = useState(false);
  const close = () => {
    setUnderstood(false);
    onCancel();
  };
  return (
    <Dialog
      open={target !== null}
      onClose={close}
      title="Retire this key as compromised?"
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button variant="danger" busy={busy} disabled={!understood} onClick={onConfirm}>
            Retire as compromised
          </Button>
        </>
      }
    >
      {target ? (
        <div className="space-y-3">
          <p>
            Do this only if the key’s secret may have been seen by someone else. Key{' '}
            <span className="font-mono break-all">{target.keyId}</span>:
          </p>
          <ul className="list-disc space-y-1 pl-5 text-slate-800">
            <li>is withdrawn from your identity, so signatures made with it stop verifying;</li>
            <li>
              every credential it signed ({plural(target.credentialsSigned, 'credential')}) is signed again
              with a new key, at once;
            </li>
            <li>every educator holding one of them is told to download their credential again;</li>
            <li>a new key becomes active for everything you issue from now on.</li>
          </ul>
          <p className="font-medium">This cannot be undone.</p>
          <Checkbox
            label="I understand that this key is withdrawn for good and its credentials are re-signed."
            checked={understood}
            onChange={(e) => setUnderstood(e.target.checked)}
          />
          {error ? <Notice tone="error">{error}</Notice> : null}
        </div>
      ) : null}
    </Dialog>
  );
}

/** Every key the issuer has had, what each signed, and the two key operations. */
export function KeyList({ issuerId, keys }: { issuerId: string; keys: IssuerKeys }) {
  const rotate = useRotateKey(issuerId);
  const retire = useRetireCompromised(issuerId);
  const [confirmRotate, setConfirmRotate] = useState(false);
  const [target, setTarget] = useState<IssuerKey | null>(null);
  const [result, setResult] = useState<string | null>(null);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="max-w-2xl text-slate-700">
          Rotating starts signing with a new key; old keys stay published so what they signed keeps verifying.
        </p>
        <Button
          icon="refresh"
          onClick={() => {
            rotate.reset();
            setConfirmRotate(true);
          }}
        >
          Rotate key
        </Button>
      </div>
      <div aria-live="polite">{result ? <Notice tone="success">{result}</Notice> : null}</div>
      {keys.keys.length === 0 ? (
        <p className="text-slate-700">No keys yet: the first is made when the first credential is signed.</p>
      ) : (
        <div
          role="region"
          aria-label="Signing keys"
          tabIndex={0}
          className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white"
        >
          <table className="w-full min-w-[44rem] text-left text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Key
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Status
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Created
                </th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">
                  Credentials signed
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.keys.map((k) => {
                const s = KEY_STATUS[k.status];
                return (
                  <tr key={k.id} className="border-t border-slate-200 align-top">
                    <td className="px-3 py-2">
                      <p className="font-mono font-medium break-all text-slate-900">{k.keyId}</p>
                      <p className="mt-0.5 max-w-md font-mono text-xs break-all text-slate-600">
                        {k.verificationMethod}
                      </p>
                    </td>
                    <td className="px-3 py-2">
                      <StatusChip tone={s.tone}>{s.label}</StatusChip>
                      <p className="mt-1 text-xs text-slate-700">{s.what}</p>
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap text-slate-800">
                      {formatDate(k.createdAt)}
                      {k.compromisedAt ? (
                        <span className="block text-xs text-slate-600">
                          Withdrawn {formatDate(k.compromisedAt)}
                        </span>
                      ) : k.retiredAt ? (
                        <span className="block text-xs text-slate-600">
                          Retired {formatDate(k.retiredAt)}
                        </span>
                      ) : null}
                    </td>
                    <td className="px-3 py-2 text-right text-slate-900 tabular-nums">
                      {k.credentialsSigned.toLocaleString()}
                    </td>
                    <td className="px-3 py-2 text-right">
                      {k.status === 'compromised' ? null : (
                        <Button
                          variant="danger"
                          size="sm"
                          className="whitespace-nowrap"
                          onClick={() => {
                            retire.reset();
                            setTarget(k);
                          }}
                        >
                          Retire as compromised<span className="sr-only"> key {k.keyId}</span>
                        </Button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={confirmRotate}
        title="Rotate the signing key?"
        confirmLabel="Rotate key"
        busy={rotate.isPending}
        onCancel={() => setConfirmRotate(false)}
        onConfirm={() =>
          rotate.mutate(undefined, {
            onSuccess: () => {
              setConfirmRotate(false);
              setResult('A new key now signs new credentials. The old key stays published for verification.');
            },
          })
        }
      >
        <div className="space-y-3">
          <p>
            A new key is made and signs every credential issued from now on. The current key is retired but
            stays in your identity document, so every credential it signed keeps verifying.
          </p>
          {keys.didMethod === 'key' ? (
            <p className="text-slate-700">
              With did:key the identity is the key, so new credentials will name a new issuer identifier.
            </p>
          ) : null}
          {rotate.isError ? <Notice tone="error">{rotate.error.message}</Notice> : null}
        </div>
      </ConfirmDialog>
      <CompromisedDialog
        key={target?.id ?? 'none'}
        target={target}
        busy={retire.isPending}
        error={retire.isError ? retire.error.message : null}
        onCancel={() => setTarget(null)}
        onConfirm={() => {
          if (!target) return;
          const keyId = target.keyId;
          retire.mutate(target.id, {
            onSuccess: (r) => {
              setTarget(null);
              setResult(
                `Key ${keyId} is withdrawn. ${plural(r.reissued, 'credential')} ${r.reissued === 1 ? 'was' : 'were'} signed again with the new key, and ${r.reissued === 1 ? 'its holder was' : 'their holders were'} told.`,
              );
            },
          });
        }}
      />
    </div>
  );
}
