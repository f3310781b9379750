import type { ReactNode } from 'react';

/**
 * A table that may be wider than a phone: it scrolls sideways inside a labelled region that can
 * take focus, so keyboard users can scroll it too.
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
    >
      {children}
    </div>
  );
}

export const th = 'px-3 py-2 text-left font-semibold whitespace-nowrap';
export const td = 'px-3 py-2 align-top';
export const tableClass = 'w-full border-collapse text-left text-sm';
export const theadClass = 'bg-slate-100 text-slate-900';
export const rowClass = 'border-t border-slate-200';
