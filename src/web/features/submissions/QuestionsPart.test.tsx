// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { QuestionsPart } from './QuestionsPart.js';

afterEach(cleanup);

const questions = [
  { id: 'q1', prompt: 'What did you plan?', words: { min: 2, max: 20 } },
  { id: 'q2', prompt: 'What happened?', words: { min: 2, max: 20 } },
];

describe('QuestionsPart', () => {
  it('writes each answer in a Markdown field, reporting the part and the question', () => {
    const seen: unknown[][] = [];
    render(
      <QuestionsPart
        part="part3"
        questions={questions}
        answers={{ q1: 'We **planned**' }}
        editable
        onChange={(...args) => seen.push(args)}
        errors={{ q2: ['Write at least 2 words.'] }}
      />,
    );
    const first = document.getElementById('answer-q1') as HTMLTextAreaElement;
    expect(first.value).toBe('We **planned**');
    expect(screen.getByLabelText(/What did you plan\?/)).toBe(first);
    fireEvent.change(first, { target: { value: 'We **planned** it' } });
    expect(seen).toEqual([['part3', 'q1', 'We **planned** it']]);
    expect(screen.getAllByRole('tab', { name: 'Preview' })).toHaveLength(2);
    expect(document.getElementById('answer-q2')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows sent answers rendered and sanitized, with their word counts', () => {
    const { container } = render(
      <QuestionsPart
        part="part1"
        questions={questions}
        answers={{ q1: '- **Goal** one\n- <script>alert(1)</script>' }}
        editable={false}
        onChange={() => {}}
      />,
    );
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(container.querySelector('li strong')?.textContent).toBe('Goal');
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
    expect(screen.getByText('No answer.')).toBeTruthy();
  });
});
