import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import type { MeView } from '../../../contracts/auth.js';
import { EmptyState } from '../../components/EmptyState.js';
import { SelectField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { Pagination } from '../../components/Pagination.js';
import { QueryState } from '../../components/QueryState.js';
import { SearchInput } from '../../components/SearchInput.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { plural } from '../../lib/format.js';
import { useDebouncedInput } from '../../lib/use-debounced-input.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { IssuedCredentialItem } from './IssuedCredentialItem.js';
import {
  useChangeStatus,
  useIssuedCredentials,
  type IssuedCredential,
  type StatusAction,
} from './issuer-api.js';
import { IssuerPageFrame } from './IssuerPageFrame.js';
import { toIssuedQuery, type IssuerSearch } from './issuer-search.js';
import { StatusChangeDialog } from './StatusChangeDialog.js';
import { ACTION_TEXT } from './status-actions.js';

const route = getRouteApi('/issuer/credentials');

const STATUS_OPTIONS = [
  { value: 'valid', label: 'Valid' },
  { value: 'expired', label: 'Expired' },
  { value: 'suspended', label: 'Suspended' },
  { value: 'revoked', label: 'Revoked' },
];

function IssuedList({ issuerId, search }: { issuerId: string; search: IssuerSearch }) {
  const navigate = route.useNavigate();
  const query = toIssuedQuery(search);
  const list = useIssuedCredentials(issuerId, query);
  const change = useChangeStatus(issuerId);
  const [target, setTarget] = useState<{ credential: IssuedCredential; action: StatusAction } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [text, setText] = useDebouncedInput(
    search.q ?? '',
    (q) =>
      void navigate({
        search: (prev) => ({ ...prev, q: q.trim() || undefined, page: undefined }),
        replace: true,
      }),
  );

  const confirm = (reason: string | undefined) => {
    if (!target) return;
    const { credential, action } = target;
    change.mutate(
      { id: credential.id, action, reason },
      {
        onSuccess: () => {
          setDone(`${credential.title} for ${credential.recipientName} is ${ACTION_TEXT[action].done}.`);
          setTarget(null);
        },
      },
    );
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <SearchInput
          id="issued-q"
          label="Search by educator or micro-credential"
          placeholder="Educator or micro-credential"
          value={text}
          onChange={setText}
          className="w-full sm:max-w-md sm:flex-1"
        />
        <SelectField
          label="Status"
          className="sm:w-48"
          value={search.status ?? ''}
          placeholder="Any status"
          options={STATUS_OPTIONS}
          onChange={(e) =>
            void navigate({
              search: (prev) => ({
                ...prev,
                status: (e.target.value || undefined) as IssuerSearch['status'],
                page: undefined,
              }),
              replace: true,
            })
          }
        />
      </div>
      <div aria-live="polite">
        {done ? (
          <Notice tone="success" className="mb-1">
            {done} The educator has been told.
          </Notice>
        ) : null}
      </div>
      <QueryState query={list} loading={<ListSkeleton rows={3} label="Loading issued credentials…" />}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState
              icon="award"
              title={search.q || search.status ? 'No credentials match' : 'Nothing issued yet'}
            >
              {search.q || search.status
                ? 'Try another name or title, or any status.'
                : 'Credentials appear here when assessors decide a submission is earned.'}
            </EmptyState>
          ) : (
            <>
              <p className="text-sm text-slate-700" aria-live="polite">
                {plural(page.total, 'credential')}
                {search.q ? ` matching “${search.q}”` : ''}
              </p>
              <ul className="space-y-3" aria-label="Issued credentials">
                {page.items.map((c) => (
                  <li key={c.id}>
                    <IssuedCredentialItem
                      credential={c}
                      onAction={(action) => {
                        change.reset();
                        setTarget({ credential: c, action });
                      }}
                    />
                  </li>
                ))}
              </ul>
              <Pagination
                total={page.total}
                limit={page.pageSize}
                offset={(page.page - 1) * page.pageSize}
                label="Pages of issued credentials"
                onChange={(offset) =>
                  void navigate({ search: (prev) => ({ ...prev, page: offset / page.pageSize + 1 }) })
                }
              />
            </>
          )
        }
      </QueryState>
      <StatusChangeDialog
        target={target}
        busy={change.isPending}
        error={change.isError ? change.error.message : null}
        onConfirm={confirm}
        onCancel={() => setTarget(null)}
      />
    </div>
  );
}

function IssuedCredentials({ me }: { me: MeView }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <IssuerPageFrame
      me={me}
      selected={search.issuer}
      onSelect={(issuer) => void navigate({ search: { issuer } })}
      title="Issued credentials"
      describe={(name) =>
        `Every credential ${name} has issued. Revoke or suspend one with a reason; the educator is told and every verifier sees it at once.`
      }
      other={{ to: '/issuer/keys', label: 'Signing keys', icon: 'key' }}
    >
      {(issuerId) => <IssuedList key={issuerId} issuerId={issuerId} search={search} />}
    </IssuerPageFrame>
  );
}

export function IssuedCredentialsPage() {
  useDocumentTitle('Issued credentials');
  return <RequireAuth roles={['issuer_admin']}>{(me) => <IssuedCredentials me={me} />}</RequireAuth>;
}
