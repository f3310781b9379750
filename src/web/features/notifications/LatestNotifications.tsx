import { Link } from '@tanstack/react-router';
import { Section } from '../../components/PageHeader.js';
import { NotificationList } from './NotificationList.js';
import { useNotifications } from './notifications-api.js';

/** The dashboard's "New for you": up to three unread notifications; nothing when all are read. */
export function LatestNotifications() {
  const notifications = useNotifications();
  const unread = (notifications.data?.items ?? []).filter((n) => !n.read);
  if (!unread.length) return null;
  return (
    <Section
      id="new-for-you"
      title="New for you"
      actions={<Link to="/notifications">All notifications</Link>}
    >
      <NotificationList items={unread.slice(0, 3)} />
    </Section>
  );
}
