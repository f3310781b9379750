import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.js';
import { Field } from '../../components/Field.js';
import { detectCredential, detectedLabel } from './detect-credential.js';

/** Paste a JSON credential or a VC-JWT; the page says which it recognised before sending it. */
export function PastePanel({
  onVerify,
  busy,
}: {
  onVerify: (credential: Record<string, unknown> | string) => void;
  busy: boolean;
}) {
  const [text, setText] = useState('');
  const detected = detectCredential(text);
  const label = detectedLabel(detected);
  const warn = detected.kind === 'invalid-json' || detected.kind === 'unknown';
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (detected.kind !== 'empty') onVerify(detected.credential);
  };
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <Field
        label="Credential"
        hint="Paste the credential’s JSON, or a VC-JWT (the long string starting with “ey”). Which one it is, is recognised for you."
        footer={
          label ? (
            <p
              className={`text-sm font-medium ${warn ? 'text-amber-900' : 'text-emerald-800'}`}
              data-testid="detected-kind"
            >
              {label}
            </p>
          ) : null
        }
      >
        {(control) => (
          <textarea
            {...control}
            className="input font-mono text-sm"
            rows={12}
            value={text}
            onChange={(e) => setText(e.target.value)}
            spellCheck={false}
          />
        )}
      </Field>
      <Button type="submit" icon="shield" busy={busy} disabled={detected.kind === 'empty'}>
        Verify
      </Button>
    </form>
  );
}
