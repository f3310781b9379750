import type { ReactNode } from 'react';
import type { Problem } from '../../contracts/common.js';
import { Icon } from './Icon.js';

type Props = {
  problems: readonly Problem[];
  title?: ReactNode;
  /** A label for where the problem is (e.g. "Part 1") and an action that takes the user there. */
  locate?: (problem: Problem) => { label: string; go: () => void } | null;
};

/** Everything that blocks an action, each with the way to the field it is about. */
export function ProblemList({ problems, title = 'Fix these first', locate }: Props) {
  if (!problems.length) return null;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-950">
      <p className="flex items-center gap-2 font-semibold">
        <Icon name="alert" className="h-5 w-5" /> {title} ({problems.length})
      </p>
      <ul className="mt-2 space-y-1.5 pl-7">
        {problems.map((p, i) => {
          const where = locate?.(p);
          return (
            <li key={`${p.path}-${i}`} className="list-disc">
              {where ? (
                <>
                  <button
                    type="button"
                    onClick={where.go}
                    className="font-medium text-red-900 underline underline-offset-2"
                  >
                    {where.label}
                  </button>
                  {': '}
                </>
              ) : p.path ? (
                <code className="mr-1 rounded bg-red-100 px-1 text-sm">{p.path}</code>
              ) : null}
              {p.message}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
