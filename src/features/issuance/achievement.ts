import type { Alignment, MicroCredentialContent } from '../../contracts/micro-credential.js';
import { describeEarnRule } from '../../domain/earn-rule.js';
import type { AlignmentInput } from '../../openbadges/index.js';

const FRAMEWORK_URLS: Record<Alignment['framework'], string> = {
  InTASC:
    'https://ccsso.org/resource-library/intasc-model-core-teaching-standards-and-learning-progressions-teachers-10',
  Danielson: 'https://danielsongroup.org/the-framework-for-teaching/',
  ISTE: 'https://iste.org/standards/educators',
  CASEL: 'https://casel.org/fundamentals-of-sel/what-is-the-casel-framework/',
  NBPTS: 'https://www.nbpts.org/certification/five-core-propositions/',
  PSEL: 'https://www.npbea.org/psel/',
  CCSS: 'https://www.thecorestandards.org/',
  NGSS: 'https://www.nextgenscience.org/',
};

export const alignmentsOf = (content: MicroCredentialContent): AlignmentInput[] =>
  content.alignments.map((a) => ({
    targetName: `${a.framework} ${a.code}: ${a.name}`,
    targetUrl: a.url ?? FRAMEWORK_URLS[a.framework],
    targetCode: a.code,
    targetFramework: a.framework,
  }));

/** The achievement's criteria in words: the competency, then what the rubric asks for. */
export function criteriaNarrative(content: MicroCredentialContent): string {
  const lines = [
    `Competency: ${content.competency}`,
    '',
    `Key method: ${content.keyMethod}`,
    '',
    'The educator submitted classroom evidence in three parts (context, artifacts, reflection), scored by a trained assessor against this rubric:',
    ...content.rubric.criteria.map((c) => {
      const shown = c.levels.filter((l) => l.demonstrated).map((l) => l.descriptor);
      return `- ${c.title}: ${shown.join(' / ')}`;
    }),
    '',
    describeEarnRule(content.rubric),
  ];
  return lines.join('\n');
}
