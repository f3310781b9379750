import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import type { MeView } from '../../../contracts/auth.js';
import type { OrganizationView } from '../../../contracts/orgs.js';
import { api } from '../../api/client.js';
import { errorMessage } from '../../api/api-error.js';
import { fieldErrors } from '../../api/field-errors.js';
import { Button } from '../../components/Button.js';
import { SelectField, TextField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { PageHeader } from '../../components/PageHeader.js';
import { slugify } from '../../lib/slug.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { hasRole, orgsWithRole } from '../auth/roles.js';
import { authoringApi } from './authoring-api.js';

/** Issuers this user may author for: their issuer_admin memberships, or every issuer for platform admins. */
function useIssuerOptions(me: MeView) {
  const platform = hasRole(me, 'platform_admin');
  const orgs = useQuery({
    queryKey: ['admin', 'organizations'],
    queryFn: ({ signal }) =>
      api.get<{ items: OrganizationView[] }>('/api/v1/admin/organizations', { signal }),
    enabled: platform,
  });
  const own = orgsWithRole(me, 'issuer_admin').map((m) => ({ value: m.orgId, label: m.orgName }));
  const all = (orgs.data?.items ?? [])
    .filter((o) => o.kind === 'issuer')
    .map((o) => ({ value: o.id, label: o.name }));
  const seen = new Set<string>();
  return [...own, ...all].filter((o) => !seen.has(o.value) && seen.add(o.value));
}

function NewForm({ me }: { me: MeView }) {
  const navigate = useNavigate();
  const issuers = useIssuerOptions(me);
  const [issuerId, setIssuerId] = useState('');
  const [title, setTitle] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const chosenIssuer = issuerId || issuers[0]?.value || '';

  const create = useMutation({
    mutationFn: () => authoringApi.create({ issuerId: chosenIssuer, slug, content: { title: title.trim() } }),
    onSuccess: (view) => navigate({ to: '/authoring/$id', params: { id: view.id } }),
  });
  const errors = fieldErrors(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };

  return (
    <form onSubmit={submit} className="card max-w-2xl space-y-4 p-5 sm:p-6" noValidate>
      {issuers.length > 1 ? (
        <SelectField
          label="Issuer"
          required
          value={chosenIssuer}
          onChange={(e) => setIssuerId(e.target.value)}
          options={issuers}
          error={errors.issuerId}
        />
      ) : (
        <p className="text-slate-800">
          Issuer: <strong>{issuers[0]?.label ?? '—'}</strong>
        </p>
      )}
      <TextField
        label="Title"
        required
        maxLength={120}
        value={title}
        onChange={(e) => {
          setTitle(e.target.value);
          if (!slugEdited) setSlug(slugify(e.target.value));
        }}
        error={errors['content.title']}
      />
      <TextField
        label="Address name"
        hint="Lower-case letters, digits and hyphens; part of the micro-credential’s address. It cannot change later."
        required
        value={slug}
        onChange={(e) => {
          setSlug(e.target.value);
          setSlugEdited(true);
        }}
        error={errors.slug}
      />
      <div aria-live="assertive">
        {create.isError && !errors.slug && !errors.issuerId ? (
          <Notice tone="error">{errorMessage(create.error)}</Notice>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button
          type="submit"
          busy={create.isPending}
          disabled={!chosenIssuer || !title.trim() || slug.length < 3}
        >
          Create draft
        </Button>
        <Link to="/authoring" className="self-center">
          Cancel
        </Link>
      </div>
    </form>
  );
}

export function NewMicroCredentialPage() {
  useDocumentTitle('New micro-credential');
  return (
    <RequireAuth roles={['issuer_admin', 'platform_admin']}>
      {(me) => (
        <>
          <PageHeader
            title="New micro-credential"
            description="Start with a title. Everything else is written in the editor, saved as you go, and published when ready."
          />
          <NewForm me={me} />
        </>
      )}
    </RequireAuth>
  );
}
