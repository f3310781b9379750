import { describe, expect, it } from 'vitest';
import { MicroCredentialContent } from '../../../contracts/micro-credential.js';
import hinge from '../../../../demo/catalog/checking-for-understanding.js';
import {
  fromDraftContent,
  newCriterion,
  newQuestion,
  pruneReferences,
  toDraftContent,
} from './draft-form.js';
import { describePath, humanizeMessage, sectionOf } from './problems.js';

describe('the authoring form model', () => {
  it('round-trips a complete micro-credential without losing anything', () => {
    const published = MicroCredentialContent.parse(hinge.content);
    const again = MicroCredentialContent.parse(
      toDraftContent(fromDraftContent(published as unknown as Record<string, unknown>)),
    );
    expect(again).toEqual(published);
  });

  it('reads an empty or malformed draft into a complete, editable shape', () => {
    const form = fromDraftContent({
      title: 'T',
      topic: 'nonsense',
      methodComponents: 'x',
      rubric: { criteria: [{ levels: 'no' }] },
    });
    expect(form.title).toBe('T');
    expect(form.topic).toBe('');
    expect(form.methodComponents).toEqual([]);
    expect(form.rubric.criteria[0]?.levels).toEqual([]);
    expect(fromDraftContent(null).requirements.part2.artifacts).toEqual([]);
  });

  it('leaves blank fields out of the draft so the API reports them as required', () => {
    const draft = toDraftContent({ ...fromDraftContent(null), title: '  ', summary: 'S' });
    expect(draft).not.toHaveProperty('title');
    expect(draft).not.toHaveProperty('topic');
    expect(draft).not.toHaveProperty('estimatedHours');
    expect(draft.summary).toBe('S');
  });

  it('gives new items ids unique across the parts and drops rubric targets that were removed', () => {
    let form = fromDraftContent(hinge.content as unknown as Record<string, unknown>);
    const q = newQuestion(form, 'part3');
    expect(
      [...form.requirements.part1.questions, ...form.requirements.part3.questions].map((x) => x.id),
    ).not.toContain(q.id);
    const c = newCriterion(form);
    expect(c.levels.some((l) => l.demonstrated) && c.levels.some((l) => !l.demonstrated)).toBe(true);
    const target = form.rubric.criteria[0]!.targets[0]!;
    form = pruneReferences({
      ...form,
      requirements: {
        ...form.requirements,
        part2: {
          ...form.requirements.part2,
          artifacts: form.requirements.part2.artifacts.filter((a) => a.id !== target),
        },
      },
    });
    expect(form.rubric.criteria[0]!.targets).not.toContain(target);
  });
});

describe('problems', () => {
  it('names a path the way an author reads the form', () => {
    expect(describePath('requirements.part1.questions.1.prompt')).toBe('Part 1 › Question 2 › Prompt');
    expect(describePath('rubric.criteria.0.levels')).toBe('Rubric › Criterion 1 › Levels');
    expect(sectionOf('requirements.part2.artifacts.0.kinds')).toBe('sec-part2');
    expect(sectionOf('creditHours')).toBe('sec-credit');
  });

  it('rewords schema messages', () => {
    expect(humanizeMessage('Too small: expected array to have >=1 items')).toBe('Add at least one.');
    expect(humanizeMessage('Invalid option: expected one of "a"|"b"')).toBe('Choose one of the options.');
    expect(humanizeMessage('required')).toBe('Required.');
    expect(humanizeMessage('the minimum word count is above the maximum')).toBe(
      'The minimum word count is above the maximum',
    );
  });
});

describe('validity period', () => {
  it('keeps a validity in months and leaves it out when empty (never expires)', () => {
    const form = fromDraftContent({ validityMonths: 24 });
    expect(form.validityMonths).toBe(24);
    expect(toDraftContent(form).validityMonths).toBe(24);
    expect(toDraftContent({ ...form, validityMonths: null })).not.toHaveProperty('validityMonths');
    expect(fromDraftContent({ validityMonths: 'soon' }).validityMonths).toBeNull();
    const published = MicroCredentialContent.parse({ ...hinge.content, validityMonths: 36 });
    expect(
      MicroCredentialContent.parse(
        toDraftContent(fromDraftContent(published as unknown as Record<string, unknown>)),
      ).validityMonths,
    ).toBe(36);
  });
});
