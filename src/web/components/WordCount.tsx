import type { WordRange } from '../../contracts/micro-credential.js';
import { countWords, wordStatus } from '../lib/words.js';
import { Icon } from './Icon.js';

const STYLE = {
  empty: 'text-slate-600',
  under: 'text-red-800',
  over: 'text-red-800',
  within: 'text-emerald-800',
} as const;

function explain(count: number, range: WordRange | undefined): string {
  const status = wordStatus(count, range);
  if (!range || status === 'empty') return '';
  if (status === 'under') return `${range.min - count} below the minimum`;
  if (status === 'over') return `${count - range.max} over the maximum`;
  return 'within the range';
}

/** "142 words · 100–300", green inside the range and red outside it, with words saying which. */
export function WordCount({ text, range, id }: { text: string; range?: WordRange; id?: string }) {
  const count = countWords(text);
  const status = wordStatus(count, range);
  const why = explain(count, range);
  return (
    <p
      id={id}
      className={`flex items-center gap-1 text-sm font-medium tabular-nums ${STYLE[status]}`}
      data-status={status}
    >
      {status === 'within' ? <Icon name="check" className="h-4 w-4" /> : null}
      {status === 'under' || status === 'over' ? <Icon name="alert" className="h-4 w-4" /> : null}
      <span>
        {count.toLocaleString()} {count === 1 ? 'word' : 'words'}
        {range ? ` · ${range.min}–${range.max}` : ''}
      </span>
      {why ? <span className="sr-only">({why})</span> : null}
    </p>
  );
}
