import {
  useDeferredValue,
  useId,
  useState,
  useSyncExternalStore,
  type ReactNode,
  type TextareaHTMLAttributes,
} from 'react';
import type { WordRange } from '../../contracts/micro-credential.js';
import { Field } from './Field.js';
import { Markdown } from './Markdown.js';
import { TabList, tabIds } from './Tabs.js';
import { WordCount } from './WordCount.js';

type Mode = 'write' | 'preview';
const TABS = [
  { id: 'write', label: 'Write' },
  { id: 'preview', label: 'Preview' },
] as const;

/** Wide enough for the text and its live preview side by side. */
const SIDE_BY_SIDE = '(min-width: 80rem)';

function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false,
  );
}

const CODE = 'font-mono whitespace-nowrap';

/** What Markdown can do here, in the words a writer needs. */
export function MarkdownHint() {
  return (
    <p className="text-sm text-slate-600">
      Markdown supported: <code className={CODE}>**bold**</code>, <code className={CODE}>*italic*</code>,{' '}
      <code className={CODE}>- lists</code>, <code className={CODE}>[links](https://…)</code>
    </p>
  );
}

function Preview({ text }: { text: string }) {
  return text.trim() ? (
    <Markdown text={text} />
  ) : (
    <p className="text-slate-600 italic">Nothing to preview yet.</p>
  );
}

const PREVIEW_BOX = 'min-h-48 rounded-md border border-slate-200 bg-white p-3';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'id'> & {
  /** The textarea's id (the label points at it); generated when not given. */
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | string[] | null;
  value: string;
  onChange: (value: string) => void;
  /** The word range the text is counted against. */
  range?: WordRange;
  /** Grow with the text (long answers) instead of scrolling inside the box. */
  grow?: boolean;
};

/**
 * A labelled textarea for Markdown with Write and Preview tabs (and, on wide screens, a live
 * preview beside the text), a short reminder of the syntax and the word count against its range.
 * The textarea stays mounted in Preview, so nothing typed is lost and the label keeps its control.
 */
export function MarkdownField({
  id: givenId,
  label,
  hint,
  error,
  required,
  value,
  onChange,
  range,
  grow = false,
  rows = 8,
  ...textarea
}: Props) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const [mode, setMode] = useState<Mode>('write');
  const sideBySide = useMediaQuery(SIDE_BY_SIDE);
  // The preview may lag a keystroke behind on a long text; typing never waits for it.
  const previewText = useDeferredValue(value);
  const tabsPrefix = `${id}-md`;
  const write = tabIds(tabsPrefix, 'write');
  const preview = tabIds(tabsPrefix, 'preview');
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      error={error}
      required={required}
      footer={
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
          <WordCount text={value} range={range} />
          <MarkdownHint />
        </div>
      }
    >
      {(control) => (
        <div>
          <TabList
            tabs={TABS}
            selected={mode}
            onSelect={setMode}
            label="Write or preview"
            idPrefix={tabsPrefix}
          />
          <div
            role="tabpanel"
            id={write.panel}
            aria-labelledby={write.tab}
            hidden={mode !== 'write'}
            className={`pt-2 ${sideBySide ? 'grid grid-cols-2 gap-4' : ''}`}
          >
            <textarea
              className={`input leading-relaxed ${grow ? 'max-h-[80vh] min-h-48 [field-sizing:content]' : ''}`}
              rows={rows}
              {...textarea}
              {...control}
              value={value}
              onChange={(e) => onChange(e.target.value)}
            />
            {sideBySide && mode === 'write' ? (
              <div
                role="group"
                aria-label="Live preview"
                tabIndex={0}
                className={`${PREVIEW_BOX} max-h-[80vh] overflow-y-auto`}
              >
                <Preview text={previewText} />
              </div>
            ) : null}
          </div>
          <div
            role="tabpanel"
            id={preview.panel}
            aria-labelledby={preview.tab}
            hidden={mode !== 'preview'}
            tabIndex={0}
            className={`mt-2 ${PREVIEW_BOX}`}
          >
            {mode === 'preview' ? <Preview text={value} /> : null}
          </div>
        </div>
      )}
    </Field>
  );
}
