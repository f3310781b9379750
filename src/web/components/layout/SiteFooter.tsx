import { Link } from '@tanstack/react-router';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-col gap-3 px-4 py-6 text-sm text-slate-700 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>microcred — open educator micro-credentials, issued as Open Badges 3.0.</p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            <li>
              <Link to="/verify">Verify a credential</Link>
            </li>
            <li>
              <a href="/api/docs">API docs</a>
            </li>
            <li>
              <Link to="/">Catalog</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
