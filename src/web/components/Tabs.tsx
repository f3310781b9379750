import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { Icon } from './Icon.js';

export type TabItem<T extends string> = { id: T; label: ReactNode; done?: boolean; hint?: ReactNode };

export const tabIds = (prefix: string, id: string) => ({
  tab: `${prefix}-tab-${id}`,
  panel: `${prefix}-panel-${id}`,
});

type Props<T extends string> = {
  tabs: readonly TabItem<T>[];
  selected: T;
  onSelect: (id: T) => void;
  label: string;
  idPrefix: string;
  /** Numbered steps with a check mark when done (a stepper) rather than plain tabs. */
  numbered?: boolean;
};

/** WAI-ARIA tabs: arrow keys, Home and End move between tabs; only the selected one is in the tab order. */
export function TabList<T extends string>({
  tabs,
  selected,
  onSelect,
  label,
  idPrefix,
  numbered = false,
}: Props<T>) {
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.id === selected);
    let next = -1;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (index + 1) % tabs.length;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (index - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    e.preventDefault();
    const tab = tabs[next]!;
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label={label}
      onKeyDown={onKeyDown}
      className="-mx-1 flex gap-1 overflow-x-auto border-b border-slate-200 px-1"
    >
      {tabs.map((tab, i) => {
        const active = tab.id === selected;
        const ids = tabIds(idPrefix, tab.id);
        return (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) refs.current.set(tab.id, el);
              else refs.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={ids.tab}
            aria-selected={active}
            aria-controls={ids.panel}
            tabIndex={active ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            className={`-mb-px flex shrink-0 items-center gap-2 border-b-2 px-3 py-2.5 text-sm font-medium whitespace-nowrap sm:text-base ${
              active
                ? 'border-brand-800 text-brand-900'
                : 'border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900'
            }`}
          >
            {numbered ? (
              <span
                aria-hidden="true"
                className={`flex h-6 w-6 items-center justify-center rounded-full text-xs ${
                  tab.done
                    ? 'bg-emerald-700 text-white'
                    : active
                      ? 'bg-brand-800 text-white'
                      : 'bg-slate-200 text-slate-800'
                }`}
              >
                {tab.done ? <Icon name="check" className="h-3.5 w-3.5" /> : i + 1}
              </span>
            ) : null}
            <span>{tab.label}</span>
            {numbered && tab.done ? <span className="sr-only">(complete)</span> : null}
            {tab.hint}
          </button>
        );
      })}
    </div>
  );
}

type PanelProps = {
  idPrefix: string;
  id: string;
  selected: boolean;
  /** A heading for the panel's outline (visually hidden: the selected tab already shows it). */
  title?: string;
  children: ReactNode;
};

export function TabPanel({ idPrefix, id, selected, title, children }: PanelProps) {
  const ids = tabIds(idPrefix, id);
  if (!selected) return null;
  return (
    <div
      role="tabpanel"
      id={ids.panel}
      aria-labelledby={ids.tab}
      tabIndex={0}
      className="pt-5 focus-visible:outline-offset-4"
    >
      {title ? <h2 className="sr-only">{title}</h2> : null}
      {children}
    </div>
  );
}
