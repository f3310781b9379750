import { useNavigate, useRouter } from '@tanstack/react-router';
import { useEffect, useState, type ReactNode } from 'react';
import type { MeView } from '../../../contracts/auth.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorState } from '../../components/ErrorState.js';
import { PageSkeleton } from '../../components/Skeleton.js';
import type { Role } from '../../lib/labels.js';
import { ROLE_LABELS } from '../../lib/labels.js';
import { useMe } from './me.js';
import { hasRole } from './roles.js';

type Props = {
  /** Any one of these roles lets the user in; none given means any signed-in user. */
  roles?: readonly Role[];
  children: (me: MeView) => ReactNode;
};

/**
 * Sends an anonymous visitor to /signin?next=<this page>, once. (A <Navigate> that re-renders with
 * the location it is leaving would navigate again and again.)
 */
function RedirectToSignIn() {
  const navigate = useNavigate();
  const router = useRouter();
  const [next] = useState(() => router.state.location.href);
  useEffect(() => {
    void navigate({ to: '/signin', search: { next }, replace: true });
  }, [navigate, next]);
  return <PageSkeleton label="Taking you to sign in…" />;
}

/** Pages that need a signed-in user (and perhaps a role): sends anonymous visitors to sign in. */
export function RequireAuth({ roles, children }: Props) {
  const me = useMe();
  if (me.isPending) return <PageSkeleton />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <RedirectToSignIn />;
  if (roles && !hasRole(me.data, ...roles)) {
    return (
      <EmptyState icon="shield" title="This page is not part of your role">
        It is for {roles.map((r) => ROLE_LABELS[r]).join(' or ')} accounts. If you think you should have
        access, ask your organization’s administrator.
      </EmptyState>
    );
  }
  return <>{children(me.data)}</>;
}
