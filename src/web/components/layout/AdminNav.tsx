import { Link } from '@tanstack/react-router';
import type { MeView } from '../../../contracts/auth.js';
import { adminPagesFor } from '../../features/auth/roles.js';

/** The row of administration pages, shown at the top of each (the current one is marked). */
export function AdminNav({ me }: { me: MeView }) {
  const pages = adminPagesFor(me);
  if (!pages.length) return null;
  return (
    <nav aria-label="Administration pages" className="-mx-1 mb-6 overflow-x-auto">
      <ul className="flex min-w-max gap-1 border-b border-slate-200 px-1">
        {pages.map((p) => (
          <li key={p.to}>
            <Link
              to={p.to}
              activeOptions={{ exact: true }}
              className="inline-block rounded-t-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
              activeProps={{
                'aria-current': 'page',
                className: 'border-b-2 border-indigo-700 text-indigo-800',
              }}
            >
              {p.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
