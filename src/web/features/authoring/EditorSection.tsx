import type { ReactNode } from 'react';
import { Icon } from '../../components/Icon.js';

/** One titled part of the authoring form, linkable from the problem list. */
export function EditorSection({
  id,
  title,
  description,
  problemCount = 0,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  problemCount?: number;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} className="card scroll-mt-4 p-4 sm:p-6">
      <div className="mb-4 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={`${id}-h`} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          {description ? <p className="mt-0.5 text-sm text-slate-700">{description}</p> : null}
        </div>
        {problemCount ? (
          <span className="inline-flex items-center gap-1 text-sm font-medium text-red-800">
            <Icon name="alert" className="h-4 w-4" />
            {problemCount} to fix
          </span>
        ) : null}
      </div>
      <div className="space-y-5">{children}</div>
    </section>
  );
}
