import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api/field-errors.js';
import { Button } from '../../components/Button.js';
import { CopyField } from '../../components/CopyField.js';
import { TextField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { useCreateApiToken } from './tokens-api.js';

const MAX_NAME = 80;

/** Name a token and create it; the secret is shown here once, with a copy button. */
export function NewTokenForm() {
  const [name, setName] = useState('');
  const create = useCreateApiToken();
  const errors = fieldErrors(create.error);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) create.mutate(name.trim(), { onSuccess: () => setName('') });
  };
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="card space-y-4 p-5" noValidate>
        <TextField
          label="Token name"
          hint="Say what will use it, e.g. “Student information system sync”."
          required
          maxLength={MAX_NAME}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
        />
        {create.isError && !errors.name ? <Notice tone="error">{create.error.message}</Notice> : null}
        <Button type="submit" icon="plus" busy={create.isPending} disabled={!name.trim()}>
          Create token
        </Button>
      </form>
      <div aria-live="polite">
        {create.data ? (
          <div className="card space-y-3 border-amber-300 p-5" data-testid="new-token">
            <Notice tone="warning" title="Copy this token now">
              This is the only time it is shown. We keep only a fingerprint of it, so nobody — not even us —
              can show it again. Store it like a password; if it is lost or leaked, revoke it and create
              another.
            </Notice>
            <CopyField label={`Your new token “${create.data.name}”`} value={create.data.token} />
            <Button variant="ghost" size="sm" onClick={() => create.reset()}>
              I have stored it — hide the token
            </Button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
