// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RosterReportData } from './roster-api.js';
import { RosterReportLists } from './RosterReportLists.js';
import { RosterSummary } from './RosterSummary.js';

const REPORT: RosterReportData = {
  id: 'r1',
  orgId: 'o1',
  orgName: 'Riverside Unified School District',
  fileName: 'riverside-staff.csv',
  format: 'csv',
  dryRun: true,
  applied: false,
  createdAt: '2026-11-23T10:00:00.000Z',
  counts: {
    lines: 5,
    created: 2,
    changed: 1,
    unchanged: 0,
    deactivated: 1,
    rejected: 1,
    skipped: 0,
    existingAccounts: 1,
  },
  created: [
    {
      file: 'staff.csv',
      line: 2,
      email: 'a@x.org',
      name: '=HYPERLINK("http://evil","x")',
      school: 'Riverside Elementary School',
      role: 'educator',
    },
    {
      file: 'staff.csv',
      line: 3,
      email: 'b@x.org',
      name: 'Bo',
      school: 'Riverside Middle School',
      role: 'educator',
      existingAccount: true,
    },
  ],
  changed: [{ file: 'staff.csv', line: 4, email: 'c@x.org', reason: 'school A → B' }],
  deactivated: [
    { file: 'staff.csv', line: null, email: 'gone@x.org', reason: 'no longer in the file: departed' },
  ],
  rejected: [{ file: 'staff.csv', line: 6, email: 'nope', reason: '"nope" is not an email address' }],
  skipped: [],
  truncated: false,
};

afterEach(cleanup);

describe('roster report', () => {
  it('shows every count as text beside the bar', () => {
    render(<RosterSummary counts={REPORT.counts} />);
    const tile = (label: string) => screen.getByText(label).closest('div')!;
    expect(within(tile('New')).getByText('2')).toBeTruthy();
    expect(within(tile('Rejected')).getByText('1')).toBeTruthy();
    expect(screen.getByText(/already has an account/)).toBeTruthy();
  });

  it('lists rejected lines first with their line and reason, and shows formulas as text', () => {
    render(<RosterReportLists report={REPORT} />);
    const headings = screen.getAllByRole('heading').map((h) => h.textContent);
    expect(headings[0]).toBe('Rejected (1)');
    const rejected = screen.getByRole('heading', { name: 'Rejected (1)' }).closest('section')!;
    expect(within(rejected).getByText('6')).toBeTruthy();
    expect(within(rejected).getByText('"nope" is not an email address')).toBeTruthy();
    expect(screen.getByText('=HYPERLINK("http://evil","x")')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'x' })).toBeNull();
  });
});
