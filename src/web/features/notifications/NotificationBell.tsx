import { Link } from '@tanstack/react-router';
import { Icon } from '../../components/Icon.js';
import { bellLabel, useNotifications } from './notifications-api.js';

/** The header's bell: a link to the notifications page with the unread count on it. */
export function NotificationBell() {
  const notifications = useNotifications();
  const unread = notifications.data?.unread ?? 0;
  return (
    <Link
      to="/notifications"
      aria-label={bellLabel(unread)}
      className="relative inline-flex h-9 w-9 items-center justify-center rounded-md text-slate-800 no-underline hover:bg-slate-100 hover:no-underline"
      activeProps={{ className: 'bg-brand-50 text-brand-900', 'aria-current': 'page' }}
    >
      <Icon name="bell" className="h-5 w-5" />
      {unread > 0 ? (
        <span
          aria-hidden="true"
          className="absolute -top-0.5 -right-0.5 flex h-5 min-w-5 items-center justify-center rounded-full bg-red-700 px-1 text-xs font-semibold text-white"
        >
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}
