import { Icon } from '../../components/Icon.js';
import { formatDateTime } from '../../lib/format.js';
import { safeLink, type NotificationView } from './notifications-api.js';

/** Notifications newest first; unread ones marked with a dot and the word "New", not color alone. */
export function NotificationList({ items }: { items: NotificationView[] }) {
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {items.map((n) => {
        const link = safeLink(n.link, origin);
        return (
          <li key={n.id} className={`flex gap-3 p-4 ${n.read ? '' : 'bg-brand-50/60'}`}>
            <span
              aria-hidden="true"
              className={`mt-2 h-2.5 w-2.5 shrink-0 rounded-full ${n.read ? 'bg-transparent' : 'bg-brand-700'}`}
            />
            <div className="min-w-0 flex-1">
              <p className="font-semibold text-slate-900">
                {n.read ? null : <span className="sr-only">New: </span>}
                {link ? <a href={link}>{n.title}</a> : n.title}
              </p>
              {n.body ? <p className="mt-0.5 text-slate-700">{n.body}</p> : null}
              <p className="mt-1 flex items-center gap-1 text-sm text-slate-600">
                <Icon name="clock" className="h-4 w-4" />
                <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
