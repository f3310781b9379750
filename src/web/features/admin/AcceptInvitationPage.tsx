import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import type { MeView } from '../../../contracts/auth.js';
import { errorMessage } from '../../api/api-error.js';
import { request } from '../../api/client.js';
import { fieldErrors } from '../../api/field-errors.js';
import type { InvitationViewT } from '../../api/types.js';
import { Button, buttonClass } from '../../components/Button.js';
import { TextField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate } from '../../lib/format.js';
import { ROLE_LABELS } from '../../lib/labels.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { meQueryKey, useMe } from '../auth/me.js';
import { homePathFor } from '../auth/roles.js';

const route = getRouteApi('/invitations/$token');
const MIN_PASSWORD = 10;

/** Someone who already has an account accepts while signed in as it: no password is asked. */
function AcceptSignedIn({ token, me }: { token: string; me: MeView }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const accept = useMutation({
    mutationFn: () =>
      request<MeView>(`/api/v1/invitations/${encodeURIComponent(token)}/accept`, {
        method: 'POST',
        body: {},
      }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(meQueryKey, updated);
      await navigate({ to: homePathFor(updated), replace: true });
    },
  });
  return (
    <div className="space-y-4">
      <p className="text-slate-700">
        You are signed in as <strong>{me.name}</strong> ({me.email}). Accepting adds this role to your
        account.
      </p>
      {accept.isError ? <Notice tone="error">{errorMessage(accept.error)}</Notice> : null}
      <Button className="w-full" busy={accept.isPending} onClick={() => accept.mutate()}>
        Accept the invitation
      </Button>
    </div>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationViewT }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState(invitation.name);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const accept = useMutation({
    mutationFn: () =>
      request<MeView>(`/api/v1/invitations/${encodeURIComponent(token)}/accept`, {
        method: 'POST',
        body: { name: name.trim(), password },
        allowAnonymous: true,
      }),
    onSuccess: async (me) => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, me);
      await navigate({ to: homePathFor(me), replace: true });
    },
  });
  const errors = fieldErrors(accept.error);
  const local = {
    password: touched && password.length < MIN_PASSWORD ? `Use at least ${MIN_PASSWORD} characters.` : null,
    confirm: touched && confirm !== password ? 'The two passwords do not match.' : null,
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (password.length >= MIN_PASSWORD && confirm === password && name.trim()) accept.mutate();
  };
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <TextField label="Email" value={invitation.email} readOnly disabled />
      <TextField
        label="Your name"
        required
        autoComplete="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
      />
      <TextField
        label="Choose a password"
        type="password"
        required
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD} characters. A short sentence is easy to remember.`}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={local.password ?? errors.password}
      />
      <TextField
        label="Type the password again"
        type="password"
        required
        autoComplete="new-password"
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
        error={local.confirm}
      />
      <div aria-live="assertive">
        {accept.isError && !errors.name && !errors.password ? (
          <Notice tone="error">{errorMessage(accept.error)}</Notice>
        ) : null}
      </div>
      <Button type="submit" className="w-full" busy={accept.isPending}>
        Create my account
      </Button>
    </form>
  );
}

export function AcceptInvitationPage() {
  useDocumentTitle('Accept your invitation');
  const { token } = route.useParams();
  const me = useMe();
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () =>
      request<InvitationViewT>(`/api/v1/invitations/${encodeURIComponent(token)}`, { allowAnonymous: true }),
  });
  return (
    <div className="mx-auto max-w-lg">
      <QueryState query={invitation} errorTitle="This invitation link does not work">
        {(inv) => (
          <div className="card p-6 sm:p-8">
            <h1 className="text-2xl font-semibold tracking-tight">Join microcred</h1>
            <p className="mt-2 text-slate-700">
              You are invited as <strong>{ROLE_LABELS[inv.role]}</strong> at <strong>{inv.orgName}</strong>.
            </p>
            {inv.acceptedAt ? (
              <div className="mt-6 space-y-4">
                <Notice tone="info">
                  This invitation was already accepted on {formatDate(inv.acceptedAt)}.
                </Notice>
                <Link to="/signin" search={{}} className={buttonClass('primary')}>
                  Sign in
                </Link>
              </div>
            ) : (
              <>
                <p className="mt-1 text-sm text-slate-600">The link expires {formatDate(inv.expiresAt)}.</p>
                <div className="mt-6">
                  {me.data && me.data.email === inv.email ? (
                    <AcceptSignedIn token={token} me={me.data} />
                  ) : me.data ? (
                    <Notice tone="info">
                      You are signed in as {me.data.email}, but this invitation is for {inv.email}. Sign out,
                      then open this link again.
                    </Notice>
                  ) : (
                    <>
                      <AcceptForm token={token} invitation={inv} />
                      <p className="mt-4 text-sm text-slate-700">
                        Already have an account as {inv.email}?{' '}
                        <Link to="/signin" search={{ next: `/invitations/${token}` }}>
                          Sign in
                        </Link>{' '}
                        and come back to this link.
                      </p>
                    </>
                  )}
                </div>
              </>
            )}
          </div>
        )}
      </QueryState>
    </div>
  );
}
