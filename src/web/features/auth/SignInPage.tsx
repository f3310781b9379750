import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect, useState, type FormEvent } from 'react';
import type { MeView } from '../../../contracts/auth.js';
import { ApiError } from '../../api/api-error.js';
import { request } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { usePublicProviders } from '../oidc/oidc-api.js';
import { ProviderButtons } from '../oidc/ProviderButtons.js';
import { signInErrorFromLocation } from '../oidc/sign-in-errors.js';
import { meQueryKey, useMe } from './me.js';
import { homePathFor, safeNext } from './roles.js';

const route = getRouteApi('/signin');

const DEMO_ACCOUNTS = [
  ['educator@example.org', 'Educator'],
  ['assessor@example.org', 'Assessor'],
  ['issuer@example.org', 'Issuer admin'],
  ['district@example.org', 'District admin'],
  ['state@example.org', 'State admin'],
  ['admin@example.org', 'Platform admin'],
] as const;
const DEMO_PASSWORD = 'microcred-demo';

function signInMessage(err: unknown): string {
  if (!(err instanceof ApiError)) return 'Sign-in failed. Please try again.';
  if (err.code === 'INVALID_CREDENTIALS')
    return err.message || 'That email and password do not match an account.';
  if (err.code === 'TOO_MANY_ATTEMPTS')
    return err.message || 'Too many attempts. Please wait a few minutes and try again.';
  return err.message;
}

export function SignInPage() {
  useDocumentTitle('Sign in');
  const { next } = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const current = useMe();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const providers = usePublicProviders();
  // A provider sign-in that did not finish comes back as ?error=…&email=… (read once, as sent).
  const [providerError] = useState(() => signInErrorFromLocation(window.location.search));
  const providerList = providers.data?.items ?? [];

  const signIn = useMutation({
    mutationFn: () =>
      request<MeView>('/api/v1/auth/login', {
        method: 'POST',
        body: { email, password },
        allowAnonymous: true,
      }),
    onSuccess: async (me) => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, me);
      const target = safeNext(next);
      if (target) await navigate({ href: target, replace: true });
      else await navigate({ to: homePathFor(me), replace: true });
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };

  const fillDemo = (account: string) => {
    setEmail(account);
    setPassword(DEMO_PASSWORD);
  };

  // Already signed in (e.g. the back button after signing in): go where signing in would have.
  const signedIn = current.data && !signIn.isPending && !signIn.isSuccess ? current.data : null;
  useEffect(() => {
    if (!signedIn) return;
    const target = safeNext(next);
    void (target
      ? navigate({ href: target, replace: true })
      : navigate({ to: homePathFor(signedIn), replace: true }));
  }, [signedIn, next, navigate]);
  if (signedIn) return null;

  return (
    <div className="mx-auto grid max-w-4xl gap-8 md:grid-cols-[1fr_18rem]">
      <div className="card p-6 sm:p-8">
        <h1 className="text-2xl font-semibold tracking-tight">Sign in to microcred</h1>
        <p className="mt-1 text-slate-700">
          Work on your micro-credentials, review submissions or manage your organization.
        </p>
        {providerError ? (
          <Notice tone="error" title="You are not signed in" className="mt-6">
            {providerError}
          </Notice>
        ) : null}
        {providerList.length ? (
          <div className="mt-6">
            <h2 className="sr-only">Sign in with your school or district account</h2>
            <ProviderButtons providers={providerList} next={safeNext(next) ?? undefined} />
            <p className="my-5 flex items-center gap-3 text-sm text-slate-600" aria-hidden="true">
              <span className="h-px flex-1 bg-slate-300" />
              or with your email and password
              <span className="h-px flex-1 bg-slate-300" />
            </p>
          </div>
        ) : null}
        <form onSubmit={onSubmit} className={`${providerList.length ? '' : 'mt-6 '}space-y-4`} noValidate>
          <TextField
            label="Email"
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <TextField
            label="Password"
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <div aria-live="assertive">
            {signIn.isError ? <Notice tone="error">{signInMessage(signIn.error)}</Notice> : null}
          </div>
          <Button type="submit" busy={signIn.isPending} disabled={!email || !password} className="w-full">
            Sign in
          </Button>
        </form>
        <p className="mt-6 text-sm text-slate-700">
          New here? Accounts are created by invitation from your district, state or issuing organization.
        </p>
      </div>
      <aside
        aria-labelledby="demo-title"
        className="rounded-lg border border-brand-200 bg-brand-50 p-5 text-sm"
      >
        <h2 id="demo-title" className="font-semibold text-brand-900">
          Demo accounts
        </h2>
        <p className="mt-1 text-slate-800">
          Every demo account uses the password{' '}
          <code className="rounded bg-white px-1 font-mono">{DEMO_PASSWORD}</code>.
        </p>
        <ul className="mt-3 space-y-1.5">
          {DEMO_ACCOUNTS.map(([account, role]) => (
            <li key={account}>
              <button
                type="button"
                onClick={() => fillDemo(account)}
                className="w-full rounded-md px-2 py-1.5 text-left hover:bg-white"
              >
                <span className="sr-only">Fill in the demo account: </span>
                <span className="block font-medium text-slate-900">{role}</span>
                <span className="block font-mono text-xs text-slate-700">{account}</span>
              </button>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
