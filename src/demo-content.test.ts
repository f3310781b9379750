import { describe, it, expect } from 'vitest';
import { demoCatalog } from '../demo/catalog/index.js';
import { demoIssuers } from '../demo/issuers.js';
import { demoNotYetResponse, demoResponses } from '../demo/responses.js';
import type { DemoResponse } from '../demo/types.js';
import {
  MicroCredentialContent,
  TOPICS,
  type MicroCredentialContent as Content,
} from './contracts/micro-credential.js';
import { countWords } from './domain/word-count.js';

/** Whitespace-separated tokens (the brief's rule) and the platform's own count must both be in range. */
const tokens = (s: string): number => s.trim().split(/\s+/).filter(Boolean).length;
const inRange = (s: string, r: { min: number; max: number }): boolean =>
  [tokens(s), countWords(s)].every((n) => n >= r.min && n <= r.max);
const words = (s: string): string => `${tokens(s)} tokens / ${countWords(s)} words`;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const parsed = new Map<string, Content>(
  demoCatalog.map((m) => [m.slug, MicroCredentialContent.parse(m.content)]),
);

/** Every problem with a response, as readable strings (empty when the response is complete and in range). */
function responseProblems(content: Content, response: DemoResponse): string[] {
  const problems: string[] = [];
  const { part1, part2, part3 } = content.requirements;
  const checkQuestions = (part: 'part1' | 'part3', questions: typeof part1.questions) => {
    const answers = response[part];
    for (const q of questions) {
      const answer = answers[q.id];
      if (answer === undefined) {
        problems.push(`${part}.${q.id}: missing`);
        continue;
      }
      if (!inRange(answer, q.words)) {
        problems.push(`${part}.${q.id}: ${words(answer)}, expected ${q.words.min}-${q.words.max}`);
      }
    }
    const known = new Set(questions.map((q) => q.id));
    for (const id of Object.keys(answers)) if (!known.has(id)) problems.push(`${part}.${id}: not a question`);
  };
  checkQuestions('part1', part1.questions);
  checkQuestions('part3', part3.questions);

  for (const a of part2.artifacts) {
    const entries = response.part2[a.id] ?? [];
    if (entries.length < Math.max(1, a.count.min) || entries.length > a.count.max) {
      problems.push(`part2.${a.id}: ${entries.length} entries, expected ${a.count.min}-${a.count.max}`);
    }
    entries.forEach((e, i) => {
      const at = `part2.${a.id}[${i}]`;
      // A made-up PDF or photo is uploaded as a file.
      const kind = e.kind === 'pdf' || e.kind === 'photo' ? 'file' : e.kind;
      if (!a.kinds.includes(kind)) problems.push(`${at}: kind ${kind} not allowed (${a.kinds.join(', ')})`);
      if (e.title.trim() === '') problems.push(`${at}: empty title`);
      if (e.kind === 'text') {
        if (!e.text) problems.push(`${at}: text entry without text`);
        else if (a.words) {
          if (!inRange(e.text, a.words)) {
            problems.push(`${at}: ${words(e.text)}, expected ${a.words.min}-${a.words.max}`);
          }
        }
      } else if (e.kind === 'link') {
        const host = e.url ? new URL(e.url).hostname : '';
        if (host !== 'example.org' && !host.endsWith('.example.org'))
          problems.push(`${at}: url must be on example.org`);
      }
    });
  }
  const artifactIds = new Set(part2.artifacts.map((a) => a.id));
  for (const id of Object.keys(response.part2))
    if (!artifactIds.has(id)) problems.push(`part2.${id}: not an artifact`);
  return problems;
}

describe('demo issuers', () => {
  it('has exactly three issuers with unique slugs and example domains', () => {
    expect(demoIssuers).toHaveLength(3);
    expect(new Set(demoIssuers.map((i) => i.slug)).size).toBe(3);
    for (const issuer of demoIssuers) {
      expect(issuer.slug).toMatch(SLUG);
      expect(new URL(issuer.url).hostname).toMatch(/\.example\.(org|edu)$/);
      expect(issuer.email).toMatch(/@([a-z0-9-]+\.)*example\.(org|edu)$/);
    }
  });
});

describe('demo catalog', () => {
  it('parses every micro-credential with the MicroCredentialContent schema', () => {
    for (const m of demoCatalog) {
      const result = MicroCredentialContent.safeParse(m.content);
      expect(result.success, `${m.slug}: ${result.success ? '' : JSON.stringify(result.error.issues)}`).toBe(
        true,
      );
    }
  });

  it('has at least 24 micro-credentials with unique slugs', () => {
    expect(demoCatalog.length).toBeGreaterThanOrEqual(24);
    const slugs = demoCatalog.map((m) => m.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(SLUG);
  });

  it('covers at least 8 topics (in fact every topic at least twice)', () => {
    const topics = new Set([...parsed.values()].map((c) => c.topic));
    expect(topics.size).toBeGreaterThanOrEqual(8);
    for (const t of TOPICS) {
      expect([...parsed.values()].filter((c) => c.topic === t.id).length, t.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('references only known issuers, and every issuer has at least 6 micro-credentials', () => {
    const issuerSlugs = new Set(demoIssuers.map((i) => i.slug));
    for (const m of demoCatalog) expect(issuerSlugs.has(m.issuer), `${m.slug} -> ${m.issuer}`).toBe(true);
    for (const issuer of demoIssuers) {
      expect(demoCatalog.filter((m) => m.issuer === issuer.slug).length, issuer.slug).toBeGreaterThanOrEqual(
        6,
      );
    }
  });

  it('is ordered by issuer, then by title', () => {
    const order = demoIssuers.map((i) => i.slug);
    const sorted = [...demoCatalog].sort(
      (a, b) =>
        order.indexOf(a.issuer) - order.indexOf(b.issuer) || a.content.title.localeCompare(b.content.title),
    );
    expect(demoCatalog.map((m) => m.slug)).toEqual(sorted.map((m) => m.slug));
  });

  it('uses two-level or three-level rubrics and mostly the all-criteria earn rule', () => {
    let allCriteria = 0;
    for (const [slug, c] of parsed) {
      expect(c.rubric.criteria.length, slug).toBeGreaterThanOrEqual(3);
      expect(c.rubric.criteria.length, slug).toBeLessThanOrEqual(5);
      for (const criterion of c.rubric.criteria) {
        expect(criterion.targets.length, `${slug}/${criterion.id}`).toBeGreaterThan(0);
        expect(criterion.levels.map((l) => l.id).at(-1), `${slug}/${criterion.id}`).toBe('not-yet');
      }
      if (c.rubric.earnRule.kind === 'all-criteria') allCriteria++;
      expect(c.research.citations.length, slug).toBeGreaterThanOrEqual(2);
      expect(c.research.citations.length, slug).toBeLessThanOrEqual(4);
      expect(c.maxAttempts, slug).toBe(3);
    }
    expect(allCriteria).toBeGreaterThan(parsed.size / 2);
  });
});

describe('demo responses', () => {
  it('covers at least 8 micro-credentials across every issuer, at least 4 from the first issuer', () => {
    const slugs = Object.keys(demoResponses);
    expect(slugs.length).toBeGreaterThanOrEqual(8);
    const issuerOf = new Map(demoCatalog.map((m) => [m.slug, m.issuer]));
    for (const slug of slugs) expect(issuerOf.has(slug), slug).toBe(true);
    for (const issuer of demoIssuers) {
      expect(
        slugs.some((s) => issuerOf.get(s) === issuer.slug),
        issuer.slug,
      ).toBe(true);
    }
    expect(slugs.filter((s) => issuerOf.get(s) === demoIssuers[0]!.slug).length).toBeGreaterThanOrEqual(4);
  });

  it.each(Object.entries(demoResponses))('%s answers every question within range', (slug, response) => {
    const content = parsed.get(slug)!;
    expect(responseProblems(content, response)).toEqual([]);
  });

  it('has a not-yet variant that is still complete and names real criteria', () => {
    const content = parsed.get(demoNotYetResponse.slug);
    expect(content).toBeDefined();
    expect(responseProblems(content!, demoNotYetResponse.response)).toEqual([]);
    expect(demoNotYetResponse.notYetCriteria.length).toBeGreaterThan(0);
    const criterionIds = new Set(content!.rubric.criteria.map((c) => c.id));
    for (const id of demoNotYetResponse.notYetCriteria) expect(criterionIds.has(id), id).toBe(true);
  });
});
