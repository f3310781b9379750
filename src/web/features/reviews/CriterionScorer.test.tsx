// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CriterionLike } from '../../components/RubricTable.js';
import { CriterionScorer } from './CriterionScorer.js';

afterEach(cleanup);

const criterion: CriterionLike = {
  id: 'c1',
  title: 'Planning',
  part: 'part1',
  targets: [],
  levels: [
    { id: 'ny', label: 'Not yet', descriptor: 'Missing pieces.', demonstrated: false },
    { id: 'ok', label: 'Demonstrated', descriptor: 'All there.', demonstrated: true },
  ],
};

function Harness({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState({ levelId: '', feedback: initial });
  return (
    <CriterionScorer
      criterion={criterion}
      value={value}
      onChange={setValue}
      targetLabel={(id) => id}
      readOnly={false}
      minNotYet={40}
      templates={[{ id: 't1', text: 'Tie each objective to an assessment.' }]}
    />
  );
}

describe('CriterionScorer', () => {
  it('picks a level with a digit key while its levels have focus, keeping the radio name', () => {
    render(<Harness />);
    const group = screen.getByRole('radiogroup', { name: 'Level for Planning' });
    fireEvent.keyDown(group, { key: '2' });
    expect((screen.getByRole('radio', { name: /^Demonstrated/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.keyDown(group, { key: '1' });
    expect((screen.getByRole('radio', { name: /^Not yet/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.keyDown(group, { key: '3' });
    expect((screen.getByRole('radio', { name: /^Not yet/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('counts toward the "not yet" minimum live and inserts a template after written feedback', () => {
    render(<Harness initial="Good start." />);
    fireEvent.click(screen.getByRole('radio', { name: /^Not yet/ }));
    expect(screen.getByText('11 / 40 characters · 29 more needed')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Insert template/ }));
    const box = screen.getByLabelText(/Feedback for the educator/) as HTMLTextAreaElement;
    expect(box.value).toBe('Good start.\n\nTie each objective to an assessment.');
    expect(screen.getByText('49 characters · minimum of 40 met')).toBeTruthy();
  });
});
