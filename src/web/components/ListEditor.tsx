import type { ReactNode } from 'react';
import { Button } from './Button.js';
import { Icon } from './Icon.js';

type Props<T> = {
  items: readonly T[];
  onChange: (items: T[]) => void;
  /** What one item looks like, with a way to change it. */
  renderItem: (item: T, index: number, update: (next: T) => void) => ReactNode;
  newItem: () => T;
  /** "Question 2" — names the item for headings and for the move/remove buttons. */
  itemLabel: (index: number) => string;
  addLabel: string;
  /** Problems about the whole list (e.g. "at least one is required"). */
  errors?: string[];
  empty?: ReactNode;
  /** The level of each item's heading, to fit the page outline. */
  headingLevel?: 3 | 4 | 5;
};

function move<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** An ordered list an author edits: add, remove, move up and down — each button named for its item. */
export function ListEditor<T>({
  items,
  onChange,
  renderItem,
  newItem,
  itemLabel,
  addLabel,
  errors = [],
  empty,
  headingLevel = 3,
}: Props<T>) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="space-y-3">
      {errors.length ? (
        <p className="flex items-start gap-1 text-sm font-medium text-red-800">
          <Icon name="alert" className="mt-0.5 h-4 w-4" />
          {errors.join(' ')}
        </p>
      ) : null}
      {items.length === 0 && empty && !errors.length ? <div className="text-slate-700">{empty}</div> : null}
      <ol className="space-y-3">
        {items.map((item, i) => (
          <li key={i} className="rounded-md border border-slate-200 bg-slate-50/60 p-3 sm:p-4">
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
              <Heading className="font-semibold text-slate-900">{itemLabel(i)}</Heading>
              <div className="flex gap-1">
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={i === 0}
                  onClick={() => onChange(move(items, i, i - 1))}
                  aria-label={`Move ${itemLabel(i)} up`}
                >
                  <Icon name="chevronUp" className="h-4 w-4" />
                </Button>
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={i === items.length - 1}
                  onClick={() => onChange(move(items, i, i + 1))}
                  aria-label={`Move ${itemLabel(i)} down`}
                >
                  <Icon name="chevronDown" className="h-4 w-4" />
                </Button>
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() => onChange(items.filter((_, j) => j !== i))}
                  aria-label={`Remove ${itemLabel(i)}`}
                >
                  <Icon name="trash" className="h-4 w-4 text-red-700" />
                </Button>
              </div>
            </div>
            {renderItem(item, i, (next) => onChange(items.map((x, j) => (j === i ? next : x))))}
          </li>
        ))}
      </ol>
      <Button variant="secondary" size="sm" icon="plus" onClick={() => onChange([...items, newItem()])}>
        {addLabel}
      </Button>
    </div>
  );
}
