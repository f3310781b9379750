import { useState } from 'react';
import { Button } from './Button.js';
import { Field } from './Field.js';

/** A read-only value with a copy button (one-time links, ids). */
export function CopyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <Field label={label} hint={hint}>
      {(control) => (
        <div className="flex gap-2">
          <input
            {...control}
            className="input font-mono text-sm"
            readOnly
            value={value}
            onFocus={(e) => e.currentTarget.select()}
          />
          <Button variant="secondary" icon="copy" onClick={() => void copy()}>
            Copy
          </Button>
          <span role="status" aria-live="polite" className="sr-only">
            {copied === 'copied'
              ? 'Copied to the clipboard'
              : copied === 'failed'
                ? 'Could not copy; select the text and copy it'
                : ''}
          </span>
        </div>
      )}
    </Field>
  );
}
