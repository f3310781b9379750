import { Link, useLocation } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import type { MeView } from '../../../contracts/auth.js';
import { navItemsFor, type NavItem } from '../../features/auth/roles.js';
import { useSignOut } from '../../features/auth/use-sign-out.js';
import { NotificationBell } from '../../features/notifications/NotificationBell.js';
import { buttonClass } from '../Button.js';
import { Icon } from '../Icon.js';

function NavLinks({ items, vertical }: { items: NavItem[]; vertical: boolean }) {
  return (
    <ul className={vertical ? 'flex flex-col gap-1' : 'flex items-center gap-1'}>
      {items.map((item) => (
        <li key={item.to}>
          <Link
            to={item.to}
            activeOptions={{ exact: item.to === '/' || item.to === '/admin' }}
            className={`block rounded-md px-3 py-2 font-medium text-slate-800 no-underline hover:bg-slate-100 hover:no-underline ${vertical ? 'text-base' : 'text-sm'}`}
            activeProps={{ className: 'bg-brand-50 text-brand-900', 'aria-current': 'page' }}
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function Account({ me, loading }: { me: MeView | null | undefined; loading: boolean }) {
  const signOut = useSignOut();
  const location = useLocation();
  if (loading) return <span className="h-9 w-20" aria-hidden="true" />;
  if (!me) {
    const next = location.pathname === '/signin' ? undefined : location.href;
    return (
      <Link to="/signin" search={{ next }} className={buttonClass('primary', 'sm')}>
        Sign in
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Link
        to="/settings"
        className="flex items-center gap-1.5 rounded-md px-2 py-1.5 text-sm font-medium text-slate-800 no-underline hover:bg-slate-100 hover:no-underline"
        activeProps={{ className: 'bg-brand-50 text-brand-900', 'aria-current': 'page' }}
      >
        <Icon name="settings" className="h-4 w-4" />
        <span className="hidden lg:inline">{me.name}</span>
        <span className="lg:sr-only">Settings</span>
      </Link>
      <button
        type="button"
        className={buttonClass('secondary', 'sm')}
        onClick={() => signOut.mutate()}
        disabled={signOut.isPending}
      >
        Sign out
      </button>
    </div>
  );
}

/** The product name, navigation for this user's roles (a menu button below md), and sign in/out. */
export function SiteHeader({ me, loading }: { me: MeView | null | undefined; loading: boolean }) {
  const [open, setOpen] = useState(false);
  const location = useLocation();
  const items = navItemsFor(me);

  useEffect(() => setOpen(false), [location.pathname]);

  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-16 max-w-7xl items-center justify-between gap-4 px-4 sm:px-6">
        <Link
          to="/"
          className="flex items-center gap-2 text-lg font-bold tracking-tight text-slate-900 no-underline hover:no-underline"
        >
          <span
            aria-hidden="true"
            className="flex h-8 w-8 items-center justify-center rounded-lg bg-brand-800 text-white"
          >
            <Icon name="check" className="h-5 w-5" />
          </span>
          microcred
        </Link>
        <nav aria-label="Main" className="hidden md:block">
          <NavLinks items={items} vertical={false} />
        </nav>
        <div className="flex items-center gap-2">
          {me ? <NotificationBell /> : null}
          <div className="hidden md:block">
            <Account me={me} loading={loading} />
          </div>
          <button
            type="button"
            className={`${buttonClass('secondary', 'sm')} md:hidden`}
            aria-expanded={open}
            aria-controls="mobile-menu"
            onClick={() => setOpen((v) => !v)}
          >
            <Icon name={open ? 'x' : 'menu'} className="h-5 w-5" />
            Menu
          </button>
        </div>
      </div>
      {open ? (
        <div id="mobile-menu" className="border-t border-slate-200 px-4 pt-2 pb-4 md:hidden">
          <nav aria-label="Main">
            <NavLinks items={items} vertical />
          </nav>
          <div className="mt-3 border-t border-slate-200 pt-3">
            {me ? <p className="mb-2 text-sm text-slate-700">Signed in as {me.name}</p> : null}
            <Account me={me} loading={loading} />
          </div>
        </div>
      ) : null}
    </header>
  );
}
