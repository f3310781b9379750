import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import type { Score } from '../../contracts/reviews.js';

/**
 * An assessor's scores for a demo attempt: every criterion demonstrated for an earned one; for
 * "not yet", the last criterion misses, with feedback that says what to change.
 */
export function demoScores(content: MicroCredentialContent, earned: boolean): Score[] {
  const criteria = content.rubric.criteria;
  return scoresWith(content, earned ? [] : [criteria[criteria.length - 1]!.id]);
}

/** Scores with the named criteria "not yet" (with feedback that says what to change), the rest demonstrated. */
export function scoresWith(content: MicroCredentialContent, notYet: readonly string[]): Score[] {
  return content.rubric.criteria.map((c) => {
    const shown = c.levels.find((l) => l.id === 'demonstrated') ?? c.levels.find((l) => l.demonstrated)!;
    if (!notYet.includes(c.id)) {
      return {
        criterionId: c.id,
        levelId: shown.id,
        feedback: `Demonstrated. Your evidence meets the descriptor: ${lower(shown.descriptor)} Keep this up in your next unit.`,
      };
    }
    const missed = c.levels.find((l) => !l.demonstrated)!;
    return {
      criterionId: c.id,
      levelId: missed.id,
      feedback: `Not yet. Right now, ${lower(missed.descriptor)} To meet the criterion, make sure that ${lower(shown.descriptor)} Point to the exact place in your evidence where this happens.`,
    };
  });
}

/** Levels only, as an assessor sends them when calibrating on an anchor. */
export const levelsOnly = (scores: Score[]): Score[] =>
  scores.map((s) => ({ criterionId: s.criterionId, levelId: s.levelId, feedback: '' }));

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
