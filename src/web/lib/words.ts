import type { WordRange } from '../../contracts/micro-credential.js';
import { countWords, rangeState } from '../../domain/word-count.js';

// The server's own rule, so the live count matches what submitting checks.
export { countWords };

export type WordStatus = 'empty' | 'under' | 'within' | 'over';

export function wordStatus(count: number, range: WordRange | undefined): WordStatus {
  if (count === 0) return 'empty';
  if (!range) return 'within';
  return ({ short: 'under', ok: 'within', long: 'over' } as const)[rangeState(count, range)];
}
