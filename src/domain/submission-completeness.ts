import type { MicroCredentialContent } from '../contracts/micro-credential.js';
import { countWords } from './word-count.js';

export type DraftForCheck = {
  answers: { part1: Record<string, string>; part3: Record<string, string> };
  artifacts: {
    requirementId: string;
    kind: string;
    title: string;
    text: string | null;
    /** The privacy checklist, which every uploaded file needs ticked. */
    privacy: { noStudentNames?: boolean; facesConsented?: boolean };
    /** Whether it is an uploaded file (rather than text or a link). */
    isFile: boolean;
  }[];
  attestation: { ownWork: boolean; studentPrivacy: boolean };
  attemptNumber: number;
  resubmissionNote: string | null;
};
export type Problem = { path: string; message: string };

/** Everything that keeps a draft from being submitted, pointing at the part it concerns. */
export function findSubmissionProblems(content: MicroCredentialContent, d: DraftForCheck): Problem[] {
  const problems: Problem[] = [];
  const questions = (part: 'part1' | 'part3') =>
    content.requirements[part].questions.forEach((q, i) => {
      const words = countWords(d.answers[part][q.id]);
      const label = `${part === 'part1' ? 'Part 1' : 'Part 3'}, question ${i + 1}`;
      if (words === 0) problems.push({ path: `${part}.${q.id}`, message: `${label} is not answered yet.` });
      else if (words < q.words.min)
        problems.push({
          path: `${part}.${q.id}`,
          message: `${label} has ${words} words; it needs at least ${q.words.min}.`,
        });
      else if (words > q.words.max)
        problems.push({
          path: `${part}.${q.id}`,
          message: `${label} has ${words} words; the limit is ${q.words.max}.`,
        });
    });
  questions('part1');
  content.requirements.part2.artifacts.forEach((req) => {
    const mine = d.artifacts.filter((a) => a.requirementId === req.id);
    const path = `part2.${req.id}`;
    if (mine.length < req.count.min) {
      problems.push({
        path,
        message: `“${req.title}” needs ${req.count.min === 1 ? 'an artifact' : `${req.count.min} artifacts`}; ${mine.length} added.`,
      });
    }
    if (mine.length > req.count.max) {
      problems.push({
        path,
        message: `“${req.title}” takes at most ${req.count.max}; remove ${mine.length - req.count.max}.`,
      });
    }
    for (const a of mine) {
      if (a.isFile && !(a.privacy.noStudentNames && a.privacy.facesConsented)) {
        problems.push({
          path,
          message: `Check “${a.title}” for student privacy: no student names, and faces only with consent on file.`,
        });
      }
      if (a.kind === 'text' && req.words) {
        const w = countWords(a.text);
        if (w < req.words.min || w > req.words.max) {
          problems.push({
            path,
            message: `A text in “${req.title}” has ${w} words; it should have ${req.words.min}–${req.words.max}.`,
          });
        }
      }
    }
  });
  questions('part3');
  if (!d.attestation.ownWork)
    problems.push({ path: 'attestation.ownWork', message: 'Confirm that this is your own work.' });
  if (!d.attestation.studentPrivacy) {
    problems.push({
      path: 'attestation.studentPrivacy',
      message: 'Confirm that student privacy is protected (no names, no faces without consent).',
    });
  }
  if (d.attemptNumber > 1 && countWords(d.resubmissionNote) < 3) {
    problems.push({ path: 'resubmissionNote', message: 'Say what you changed since the last attempt.' });
  }
  return problems;
}
