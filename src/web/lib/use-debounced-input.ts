import { useEffect, useRef, useState } from 'react';
import { useDebouncedValue } from './use-debounced-value.js';

/**
 * A text input whose value is committed somewhere else (usually the URL) after typing pauses,
 * and which follows that external value when it changes for another reason (e.g. "clear filters").
 * `normalize` maps what was typed to what the external value would be, so our own commits are
 * not mistaken for outside changes mid-typing.
 */
export function useDebouncedInput(
  external: string,
  commit: (value: string) => void,
  {
    delayMs = 300,
    normalize = (v: string) => v.trim(),
  }: { delayMs?: number; normalize?: (v: string) => string } = {},
) {
  const [text, setText] = useState(external);
  const committed = useRef(external);
  const commitRef = useRef(commit);
  commitRef.current = commit;
  const debounced = useDebouncedValue(text, delayMs);

  useEffect(() => {
    if (normalize(debounced) === normalize(committed.current)) return;
    committed.current = debounced;
    commitRef.current(debounced);
  }, [debounced]);

  useEffect(() => {
    if (external === normalize(committed.current)) return;
    committed.current = external;
    setText(external);
  }, [external]);

  return [text, setText] as const;
}
