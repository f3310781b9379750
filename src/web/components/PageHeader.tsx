import type { ReactNode } from 'react';

type Props = {
  title: ReactNode;
  description?: ReactNode;
  /** Small text above the title (a breadcrumb or a kind). */
  eyebrow?: ReactNode;
  actions?: ReactNode;
};

/** The one `<h1>` of a page, with its description and actions. */
export function PageHeader({ title, description, eyebrow, actions }: Props) {
  return (
    <div className="mb-6 flex flex-col gap-4 border-b border-slate-200 pb-5 sm:flex-row sm:items-end sm:justify-between">
      <div className="min-w-0">
        {eyebrow ? <div className="mb-1 text-sm font-medium text-slate-600">{eyebrow}</div> : null}
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">{title}</h1>
        {description ? <div className="mt-2 max-w-3xl text-slate-700">{description}</div> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2 sm:shrink-0">{actions}</div> : null}
    </div>
  );
}

/** A titled block inside a page. */
export function Section({
  title,
  id,
  children,
  actions,
}: {
  title: ReactNode;
  id?: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <section aria-labelledby={id ? `${id}-title` : undefined} className="mb-8">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id ? `${id}-title` : undefined} className="text-lg font-semibold text-slate-900 sm:text-xl">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
