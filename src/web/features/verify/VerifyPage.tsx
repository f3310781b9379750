import { useMutation } from '@tanstack/react-query';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import type { VerifyResult } from '../../../contracts/credentials.js';
import { errorMessage } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { Field } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { PageHeader } from '../../components/PageHeader.js';
import { LoadingBlock, SkeletonText } from '../../components/Skeleton.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { CheckList } from './CheckList.js';

const MAX_BYTES = 2_000_000;

/** A JSON credential goes as an object; anything else (a VC-JWT) as the string itself. */
function toCredential(text: string): Record<string, unknown> | string {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const value: unknown = JSON.parse(trimmed);
      if (value && typeof value === 'object' && !Array.isArray(value))
        return value as Record<string, unknown>;
    } catch {
      // not JSON after all: let the verifier say what it is
    }
  }
  return trimmed;
}

export function VerifyPage() {
  useDocumentTitle('Verify a credential');
  const [text, setText] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const verify = useMutation({
    mutationFn: (credential: Record<string, unknown> | string) =>
      api.post<VerifyResult>('/api/v1/verify', { credential }),
  });

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setFileError('That file is too large to be a credential (over 2 MB).');
      return;
    }
    const content = await file.text();
    setText(content);
    verify.mutate(toCredential(content));
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) verify.mutate(toCredential(text));
  };

  return (
    <>
      <PageHeader
        title="Verify a credential"
        description="Check any Open Badges 3.0 or Verifiable Credentials 2.0 credential — from microcred or any other issuer. Nothing you paste is stored."
      />
      <div className="grid gap-8 lg:grid-cols-2">
        <form onSubmit={onSubmit} className="card space-y-4 p-5">
          <Field
            label="Credential"
            hint="Paste the credential’s JSON, or a VC-JWT (the long string starting with “ey”)."
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
          <Field
            label="Or choose a file"
            hint="A .json or .jwt file, such as one downloaded from a credential page."
            error={fileError}
          >
            {(control) => (
              <input
                {...control}
                type="file"
                accept=".json,.jwt,.txt,application/json,text/plain"
                onChange={(e) => void onFile(e)}
                className="block w-full text-sm text-slate-800 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:font-medium file:text-slate-900 hover:file:bg-slate-50"
              />
            )}
          </Field>
          <Button type="submit" icon="shield" busy={verify.isPending} disabled={!text.trim()}>
            Verify
          </Button>
        </form>
        <section aria-labelledby="result-h" aria-live="polite">
          <h2 id="result-h" className="mb-3 text-lg font-semibold">
            Result
          </h2>
          {verify.isPending ? (
            <LoadingBlock label="Verifying…">
              <SkeletonText lines={6} />
            </LoadingBlock>
          ) : verify.isError ? (
            <Notice tone="error" title="The credential could not be checked">
              {errorMessage(verify.error)}
            </Notice>
          ) : verify.data ? (
            <CheckList result={verify.data} />
          ) : (
            <p className="text-slate-700">
              The result appears here: whether the credential is verified, and each check — format, signature,
              issuer key, dates and revocation status — with what it found.
            </p>
          )}
        </section>
      </div>
    </>
  );
}
