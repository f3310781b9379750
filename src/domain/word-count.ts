/** Words as a reader counts them: runs of non-space characters that hold a letter or digit. */
export function countWords(text: string | null | undefined): number {
  if (!text) return 0;
  let n = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

export type WordRange = { min: number; max: number };

/** 'short', 'ok' or 'long' against a range. */
export const rangeState = (words: number, range: WordRange): 'short' | 'ok' | 'long' =>
  words < range.min ? 'short' : words > range.max ? 'long' : 'ok';
