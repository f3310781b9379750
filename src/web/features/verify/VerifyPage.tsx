import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { VerifyResult } from '../../../contracts/credentials.js';
import { errorMessage } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { uploadForm, type UploadProgress } from '../../api/upload.js';
import { Notice } from '../../components/Notice.js';
import { PageHeader } from '../../components/PageHeader.js';
import { LoadingBlock, SkeletonText } from '../../components/Skeleton.js';
import { TabList, TabPanel } from '../../components/Tabs.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { CheckList } from './CheckList.js';
import { PastePanel } from './PastePanel.js';
import { UploadPanel } from './UploadPanel.js';

type Tab = 'paste' | 'upload';
const TABS = [
  { id: 'paste', label: 'Paste text' },
  { id: 'upload', label: 'Upload a file' },
] as const;

type Input = { kind: 'text'; credential: Record<string, unknown> | string } | { kind: 'file'; file: File };

export function VerifyPage() {
  useDocumentTitle('Verify a credential');
  const [tab, setTab] = useState<Tab>('paste');
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const verify = useMutation({
    mutationFn: (input: Input) => {
      if (input.kind === 'text')
        return api.post<VerifyResult>('/api/v1/verify', { credential: input.credential });
      setProgress({ loaded: 0, total: input.file.size });
      const form = new FormData();
      form.append('file', input.file, input.file.name);
      return uploadForm<VerifyResult>('/api/v1/verify', form, setProgress);
    },
  });
  const uploading = verify.isPending && verify.variables?.kind === 'file' ? verify.variables.file.name : null;

  return (
    <>
      <PageHeader
        title="Verify a credential"
        description="Check any Open Badges 3.0 or Verifiable Credentials 2.0 credential — from microcred or any other issuer: JSON with an embedded proof, a VC-JWT, or a badge image with the credential baked in. Nothing you check is stored."
      />
      <div className="grid gap-8 lg:grid-cols-2 lg:items-start">
        <div className="card min-w-0 p-5">
          <TabList
            tabs={TABS}
            selected={tab}
            onSelect={setTab}
            label="How to provide the credential"
            idPrefix="verify"
          />
          <TabPanel idPrefix="verify" id="paste" selected={tab === 'paste'}>
            <PastePanel
              busy={verify.isPending && verify.variables?.kind === 'text'}
              onVerify={(credential) => verify.mutate({ kind: 'text', credential })}
            />
          </TabPanel>
          <TabPanel idPrefix="verify" id="upload" selected={tab === 'upload'}>
            <UploadPanel
              busy={verify.isPending}
              progress={progress}
              fileName={uploading}
              onFile={(file) => verify.mutate({ kind: 'file', file })}
            />
          </TabPanel>
        </div>
        <section aria-labelledby="result-h" aria-live="polite" className="min-w-0">
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
            <>
              {verify.variables?.kind === 'file' ? (
                <p className="mb-3 text-sm break-all text-slate-700">Checked: {verify.variables.file.name}</p>
              ) : null}
              <CheckList result={verify.data} />
            </>
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
