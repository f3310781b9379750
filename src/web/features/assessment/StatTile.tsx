import type { ReactNode } from 'react';
import { Icon, type IconName } from '../../components/Icon.js';

/** One headline number with its name and a line of context, in a definition list. */
export function StatTile({
  label,
  value,
  note,
  icon,
  alert = false,
}: {
  label: string;
  value: ReactNode;
  note?: ReactNode;
  icon: IconName;
  /** Draws attention (e.g. overdue reviews) with an icon and border, not color alone. */
  alert?: boolean;
}) {
  return (
    <div className={`card p-4 ${alert ? 'border-red-300 bg-red-50' : ''}`}>
      <dt className="flex items-center gap-1.5 text-sm text-slate-700">
        <Icon
          name={alert ? 'alert' : icon}
          className={`h-4 w-4 ${alert ? 'text-red-800' : 'text-slate-600'}`}
        />
        {label}
      </dt>
      <dd className="mt-1 text-xl font-semibold text-slate-900 tabular-nums sm:text-2xl">{value}</dd>
      {note ? <dd className="mt-0.5 text-sm text-slate-700">{note}</dd> : null}
    </div>
  );
}
