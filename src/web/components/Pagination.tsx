import { Button } from './Button.js';

type Props = {
  total: number;
  limit: number;
  offset: number;
  onChange: (offset: number) => void;
  label?: string;
};

/** Previous / next with "Page 2 of 7"; nothing when everything fits on one page. */
export function Pagination({ total, limit, offset, onChange, label = 'Pages' }: Props) {
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.min(pages, Math.floor(offset / limit) + 1);
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="mt-6 flex items-center justify-between gap-3">
      <Button
        variant="secondary"
        icon="chevronLeft"
        disabled={page <= 1}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        Previous
      </Button>
      <p className="text-sm text-slate-700">
        Page {page} of {pages}
      </p>
      <Button variant="secondary" disabled={page >= pages} onClick={() => onChange(offset + limit)}>
        Next
      </Button>
    </nav>
  );
}
