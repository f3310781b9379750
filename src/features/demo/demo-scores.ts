import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import type { Score } from '../../contracts/reviews.js';

/**
 * An assessor's scores for a demo attempt: every criterion demonstrated for an earned one; for
 * "not yet", the last criterion misses, with feedback that says what to change.
 */
export function demoScores(content: MicroCredentialContent, earned: boolean): Score[] {
  const criteria = content.rubric.criteria;
  return criteria.map((c, i) => {
    const shown = c.levels.find((l) => l.id === 'demonstrated') ?? c.levels.find((l) => l.demonstrated)!;
    const missed = !earned && i === criteria.length - 1;
    if (!missed) {
      return {
        criterionId: c.id,
        levelId: shown.id,
        feedback: `Demonstrated. Your evidence meets the descriptor: ${lower(shown.descriptor)} Keep this up in your next unit.`,
      };
    }
    const notYet = c.levels.find((l) => !l.demonstrated)!;
    return {
      criterionId: c.id,
      levelId: notYet.id,
      feedback: `Not yet. Right now, ${lower(notYet.descriptor)} To meet the criterion, make sure that ${lower(shown.descriptor)} Point to the exact place in your evidence where this happens.`,
    };
  });
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
