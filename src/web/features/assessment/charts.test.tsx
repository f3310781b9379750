// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from './BarChart.js';
import { StackedBars } from './StackedBars.js';

afterEach(cleanup);

describe('BarChart', () => {
  it('gives screen readers a table with every number', () => {
    render(
      <BarChart
        title="Agreement by assessor"
        tableCaption="Agreement by assessor"
        columns={['Assessor', 'Exact agreement', 'Pairs']}
        bars={[
          { id: 'a', label: 'Ana', value: 0.8, valueText: '80%', cells: ['80%', '10'] },
          { id: 'b', label: 'Ben', value: null, valueText: 'No pairs', cells: ['—', '0'] },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Agreement by assessor' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(['AssessorExact agreementPairs', 'Ana80%10', 'Ben—0']);
  });

  it('shows the empty text instead of a chart', () => {
    render(
      <BarChart
        title="T"
        tableCaption="T"
        columns={['X']}
        bars={[]}
        empty="No assessor completed a review."
      />,
    );
    expect(screen.getByText('No assessor completed a review.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('StackedBars', () => {
  it('lists each column with its parts and total', () => {
    render(
      <StackedBars
        title="Per week"
        tableCaption="Completed reviews per week"
        labelHeader="Week"
        series={[
          { key: 'onTime', label: 'On time', fill: 'bg-emerald-700' },
          { key: 'late', label: 'Late', fill: 'bg-orange-700' },
        ]}
        columns={[
          { id: 'w1', label: 'Week of Mar 2', shortLabel: 'Mar 2', values: { onTime: 6, late: 2 } },
          { id: 'w2', label: 'Week of Mar 9', shortLabel: 'Mar 9', values: { onTime: 3, late: 0 } },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Completed reviews per week' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['WeekOn timeLateTotal', 'Week of Mar 2628', 'Week of Mar 9303']);
  });
});
