import { useState, type KeyboardEvent } from 'react';
import { slugify } from '../lib/slug.js';
import { Field } from './Field.js';
import { Icon } from './Icon.js';

type Props = {
  label: string;
  value: string[];
  onChange: (tags: string[]) => void;
  hint?: string;
  error?: string[];
  max?: number;
};

/** Tags as removable chips; type and press Enter or comma to add (made lower-case-hyphenated). */
export function TagsInput({ label, value, onChange, hint, error, max = 12 }: Props) {
  const [text, setText] = useState('');
  const add = () => {
    const tag = slugify(text);
    if (tag && !value.includes(tag) && value.length < max) onChange([...value, tag]);
    setText('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      add();
    } else if (e.key === 'Backspace' && !text && value.length) {
      onChange(value.slice(0, -1));
    }
  };
  return (
    <Field label={label} hint={hint ?? `Press Enter after each tag; up to ${max}.`} error={error}>
      {(control) => (
        <div className="input flex flex-wrap items-center gap-1.5 py-1.5">
          {value.map((tag) => (
            <span
              key={tag}
              className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-2.5 text-sm text-slate-800"
            >
              #{tag}
              <button
                type="button"
                className="rounded-full p-0.5 hover:bg-slate-200"
                onClick={() => onChange(value.filter((t) => t !== tag))}
                aria-label={`Remove tag ${tag}`}
              >
                <Icon name="x" className="h-3.5 w-3.5" />
              </button>
            </span>
          ))}
          <input
            {...control}
            className="min-w-[8rem] flex-1 border-0 bg-transparent p-1 outline-none focus-visible:outline-none"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKeyDown}
            onBlur={add}
            disabled={value.length >= max}
          />
        </div>
      )}
    </Field>
  );
}
