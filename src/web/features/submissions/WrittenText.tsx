import type { WordRange } from '../../../contracts/micro-credential.js';
import { Markdown } from '../../components/Markdown.js';
import { WordCount } from '../../components/WordCount.js';

/**
 * Written text as a reader sees it (an answer, a text artifact): Markdown rendered safely, then
 * its word count against the range. With a `label`, a long text scrolls inside a named region
 * that the keyboard can reach.
 */
export function WrittenText({ text, range, label }: { text: string; range?: WordRange; label?: string }) {
  const box = 'mt-2 rounded-md border border-slate-200 bg-white p-3';
  const content = text.trim() ? (
    <Markdown text={text} />
  ) : (
    <p className="text-slate-600 italic">No answer.</p>
  );
  return (
    <div>
      {label ? (
        <div role="region" aria-label={label} tabIndex={0} className={`${box} max-h-96 overflow-y-auto`}>
          {content}
        </div>
      ) : (
        <div className={box}>{content}</div>
      )}
      <div className="mt-1">
        <WordCount text={text} range={range} />
      </div>
    </div>
  );
}
