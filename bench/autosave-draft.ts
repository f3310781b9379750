/**
 * The draft the autosave benchmark saves: 5,000 words of a teacher's answers, spread over the
 * questions of a long-form "Checking for Understanding" micro-credential, and the way each save
 * changes a few of them. Shared by the benchmark (bench/autosave.ts) and its load generator
 * (bench/autosave-client.ts).
 */
import type { MicroCredentialContentInput } from '../src/contracts/micro-credential.js';
import { countWords } from '../src/domain/word-count.js';
import checkingForUnderstanding from '../demo/catalog/checking-for-understanding.js';
import { demoResponses } from '../demo/responses.js';

type Part = 'part1' | 'part3';
export type DraftQuestion = { part: Part; id: string; maxWords: number };

/** Word ranges of the demo micro-credential raised this much: a long-form variant fits 5,000 words. */
const LONG_FORM = 4;

/**
 * The demo's "Checking for Understanding" micro-credential as a long-form variant (`n` tells the
 * copies apart): the same questions, criteria and rubric, with each question's word range raised
 * fourfold (at most 5,000 words each, as the contract allows).
 */
export function longFormContent(n: number): MicroCredentialContentInput {
  const c = checkingForUnderstanding.content;
  const longer = <Q extends { words: { min: number; max: number } }>(q: Q): Q => ({
    ...q,
    words: { min: q.words.min * LONG_FORM, max: Math.min(5_000, q.words.max * LONG_FORM) },
  });
  return {
    ...c,
    title: `${c.title}, long form ${n + 1}`,
    requirements: {
      ...c.requirements,
      part1: { ...c.requirements.part1, questions: c.requirements.part1.questions.map(longer) },
      part3: { ...c.requirements.part3, questions: c.requirements.part3.questions.map(longer) },
    },
  };
}

/** The text questions of a micro-credential's content, in order. */
export function draftQuestions(content: MicroCredentialContentInput): DraftQuestion[] {
  return (['part1', 'part3'] as const).flatMap((part) =>
    content.requirements[part].questions.map((q) => ({ part, id: q.id, maxWords: q.words.max })),
  );
}

/** Every sentence of the demo's educator responses: real teachers' prose, in a fixed order. */
const SENTENCES = Object.values(demoResponses)
  .flatMap((r) => [...Object.values(r.part1), ...Object.values(r.part3)])
  .flatMap((answer) => answer.match(/[^.!?]+[.!?]+["”)]?\s*/g) ?? [])
  .map((s) => s.trim())
  .filter((s) => countWords(s) >= 4);

/**
 * `totalWords` words over `questions`, each question's share in proportion to its maximum (so
 * every answer is within its range when the ranges allow the total), as lists of sentences.
 */
export function baseDraft(questions: DraftQuestion[], totalWords: number): string[][] {
  const capacity = questions.reduce((n, q) => n + q.maxWords, 0);
  let next = 0;
  let written = 0;
  return questions.map((q, i) => {
    const target =
      i === questions.length - 1 ? totalWords - written : Math.round((totalWords * q.maxWords) / capacity);
    const sentences: string[] = [];
    let words = 0;
    while (words < target) {
      const sentence = SENTENCES[next++ % SENTENCES.length]!.split(' ');
      const take = sentence.slice(0, Math.min(sentence.length, target - words));
      sentences.push(take.join(' '));
      words += countWords(take.join(' '));
    }
    written += words;
    return sentences;
  });
}

/**
 * The body of save `v` in a cycle of `count` (without `revision`): the base draft with three
 * words of one sentence of one question rewritten (another question and sentence each time), so
 * consecutive saves always differ in a few words, as typing makes them, and the word count stays
 * the same. Returned as JSON text after the opening brace, so a save is `{"revision":N,` and it.
 */
export function draftBodies(questions: DraftQuestion[], totalWords: number, count: number): string[] {
  const base = baseDraft(questions, totalWords);
  const vocabulary = SENTENCES.join(' ').split(' ');
  return Array.from({ length: count }, (_, v) => {
    const q = v % questions.length;
    const sentences = [...base[q]!];
    const at = (v * 7) % sentences.length;
    const words = sentences[at]!.split(' ');
    for (let k = 0; k < 3; k++)
      words[(v + k * 5) % words.length] = vocabulary[(v * 31 + k) % vocabulary.length]!;
    sentences[at] = words.join(' ');
    const answers: Record<Part, Record<string, string>> = { part1: {}, part3: {} };
    questions.forEach((question, i) => {
      answers[question.part][question.id] = (i === q ? sentences : base[i]!).join(' ');
    });
    return JSON.stringify({ answers }).slice(1);
  });
}

/** A complete save body at `revision`. */
export const saveBody = (revision: number, rest: string) => `{"revision":${revision},${rest}`;
