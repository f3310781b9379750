import { Link } from '@tanstack/react-router';
import { Button } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Notice } from '../../components/Notice.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { plural } from '../../lib/format.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { NotificationList } from './NotificationList.js';
import { useMarkAllRead, useNotifications } from './notifications-api.js';

function Notifications() {
  const notifications = useNotifications();
  const markRead = useMarkAllRead();
  const unread = notifications.data?.unread ?? 0;
  return (
    <>
      <PageHeader
        title="Notifications"
        description={
          <>
            What happened to your work: submissions received and decided, appeals, reviews, and changes to
            your credentials. Choose which of these you are also emailed about in{' '}
            <Link to="/settings" hash="email" className="underline">
              Settings
            </Link>
            .
          </>
        }
        actions={
          <Button
            variant="secondary"
            icon="check"
            busy={markRead.isPending}
            disabled={unread === 0}
            onClick={() => markRead.mutate()}
          >
            Mark all as read
          </Button>
        }
      />
      <div aria-live="polite">
        {markRead.isError ? (
          <Notice tone="error" className="mb-4">
            {markRead.error.message}
          </Notice>
        ) : null}
      </div>
      <QueryState query={notifications} loading={<ListSkeleton rows={3} label="Loading notifications…" />}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState icon="bell" title="No notifications">
              When something happens to your submissions, reviews or credentials, you will be told here.
            </EmptyState>
          ) : (
            <>
              <p className="mb-3 text-slate-700">
                {unread ? `${plural(unread, 'unread notification')}.` : 'All read.'}
              </p>
              <NotificationList items={items} />
            </>
          )
        }
      </QueryState>
    </>
  );
}

export function NotificationsPage() {
  useDocumentTitle('Notifications');
  return <RequireAuth>{() => <Notifications />}</RequireAuth>;
}
