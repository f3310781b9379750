import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon.js';

type Tone = 'info' | 'success' | 'warning' | 'error';

const STYLES: Record<Tone, { box: string; icon: IconName }> = {
  info: { box: 'border-sky-300 bg-sky-50 text-sky-950', icon: 'info' },
  success: { box: 'border-emerald-300 bg-emerald-50 text-emerald-950', icon: 'check' },
  warning: { box: 'border-amber-300 bg-amber-50 text-amber-950', icon: 'alert' },
  error: { box: 'border-red-300 bg-red-50 text-red-950', icon: 'alert' },
};

/** A boxed message. Errors are announced (role="alert"); the rest are plain content. */
export function Notice({
  tone = 'info',
  title,
  children,
  className = '',
}: {
  tone?: Tone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}) {
  const style = STYLES[tone];
  return (
    <div
      role={tone === 'error' ? 'alert' : undefined}
      className={`flex gap-3 rounded-md border p-3 text-sm sm:text-base ${style.box} ${className}`}
    >
      <Icon name={style.icon} className="mt-0.5 h-5 w-5" />
      <div className="min-w-0 space-y-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div>{children}</div> : null}
      </div>
    </div>
  );
}
