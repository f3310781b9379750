import { Link } from '@tanstack/react-router';
import type { MeView } from '../../../contracts/auth.js';
import { Icon, type IconName } from '../../components/Icon.js';
import { ADMIN_ROLES, hasRole, type AppPath } from '../auth/roles.js';

type Shortcut = { to: AppPath; title: string; text: string; icon: IconName };

function shortcutsFor(me: MeView): Shortcut[] {
  const list: Shortcut[] = [];
  if (hasRole(me, 'assessor'))
    list.push({
      to: '/reviews',
      title: 'Review queue',
      text: 'Score the anonymized submissions assigned to you.',
      icon: 'clipboard',
    });
  if (hasRole(me, 'issuer_admin'))
    list.push({
      to: '/authoring',
      title: 'Authoring',
      text: 'Write, version and publish your micro-credentials.',
      icon: 'pencil',
    });
  if (hasRole(me, 'issuer_admin'))
    list.push(
      {
        to: '/issuer/credentials',
        title: 'Issued credentials',
        text: 'Search what you issued; revoke or suspend with a reason.',
        icon: 'award',
      },
      {
        to: '/issuer/keys',
        title: 'Signing keys',
        text: 'Your did:web or did:key identity; rotate or retire keys.',
        icon: 'key',
      },
      {
        to: '/issuer/assessment',
        title: 'Assessment',
        text: 'Backlog, turnaround, agreement, assessors and calibration.',
        icon: 'clipboard',
      },
      {
        to: '/issuer/audit',
        title: 'Audit log',
        text: 'Every assignment, score, decision and appeal; export as CSV.',
        icon: 'file',
      },
    );
  if (hasRole(me, ...ADMIN_ROLES))
    list.push({
      to: '/admin',
      title: 'Administration',
      text: 'Organizations, invitations and people.',
      icon: 'building',
    });
  list.push({
    to: '/verify',
    title: 'Verify a credential',
    text: 'Check any Open Badges 3.0 credential.',
    icon: 'shield',
  });
  return list;
}

/** Links to the work each of the user's roles does. */
export function RoleShortcuts({ me }: { me: MeView }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {shortcutsFor(me).map((s) => (
        <li key={s.to}>
          <Link
            to={s.to}
            className="card flex h-full gap-3 p-4 text-slate-900 no-underline transition hover:border-brand-200 hover:no-underline hover:shadow-md"
          >
            <Icon name={s.icon} className="h-6 w-6 text-brand-800" />
            <span>
              <span className="block font-semibold">{s.title}</span>
              <span className="block text-sm text-slate-700">{s.text}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
