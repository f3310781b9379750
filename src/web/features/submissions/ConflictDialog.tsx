import { useState } from 'react';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { WordCount } from '../../components/WordCount.js';
import { DiffText } from './DiffText.js';
import type { ConflictItem } from './draft-merge.js';

type Props = {
  items: readonly ConflictItem[];
  open: boolean;
  onClose: () => void;
  /** Names the answer a conflict is about ("Part 1, question 2: …"). */
  describe: (item: ConflictItem) => string;
  onResolve: (choice: (item: ConflictItem) => 'mine' | 'theirs') => void;
};

/**
 * The same answer was saved from another tab or device while this one was being edited. Both
 * versions are shown in full; the educator picks one per answer. Nothing is dropped silently.
 */
export function ConflictDialog({ items, open, onClose, describe, onResolve }: Props) {
  const [choices, setChoices] = useState<Record<string, 'mine' | 'theirs'>>({});
  const choose = (key: string, value: 'mine' | 'theirs') => setChoices((c) => ({ ...c, [key]: value }));
  return (
    <Dialog
      open={open}
      onClose={onClose}
      wide
      title="This draft was also saved somewhere else"
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            Decide later
          </Button>
          <Button onClick={() => onResolve((item) => choices[item.key] ?? 'mine')}>
            Keep the chosen versions
          </Button>
        </>
      }
    >
      <p className="text-slate-800">
        Another tab or device saved changes to {items.length === 1 ? 'an answer' : `${items.length} answers`}{' '}
        you were also editing. Choose which version of each to keep. Copy anything you want from the other
        version first — the one you do not choose is replaced.
      </p>
      <div className="mt-4 space-y-6">
        {items.map((item) => {
          const choice = choices[item.key] ?? 'mine';
          return (
            <fieldset key={item.key} className="rounded-md border border-slate-200 p-3">
              <legend className="px-1 font-semibold text-slate-900">{describe(item)}</legend>
              <div className="mt-2 grid gap-3 md:grid-cols-2">
                {(['mine', 'theirs'] as const).map((side) => (
                  <label
                    key={side}
                    className={`flex cursor-pointer flex-col rounded-md border p-3 ${choice === side ? 'border-brand-700 ring-2 ring-brand-200' : 'border-slate-300'}`}
                  >
                    <span className="flex items-center gap-2 font-medium text-slate-900">
                      <input
                        type="radio"
                        name={`conflict-${item.key}`}
                        checked={choice === side}
                        onChange={() => choose(item.key, side)}
                        className="h-4 w-4 accent-brand-800"
                      />
                      {side === 'mine' ? 'Keep this device’s version' : 'Keep the other saved version'}
                    </span>
                    <span className="prose-text mt-2 max-h-60 overflow-y-auto rounded bg-slate-50 p-2 text-sm select-text">
                      <DiffText
                        text={side === 'mine' ? item.mine : item.theirs}
                        other={side === 'mine' ? item.theirs : item.mine}
                      />
                    </span>
                    <span className="mt-1">
                      <WordCount text={side === 'mine' ? item.mine : item.theirs} />
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
      </div>
    </Dialog>
  );
}
