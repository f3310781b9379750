// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { TabList, TabPanel } from './Tabs.js';

afterEach(cleanup);

type Id = 'one' | 'two' | 'three';

function Harness() {
  const [tab, setTab] = useState<Id>('one');
  return (
    <>
      <TabList<Id>
        tabs={[
          { id: 'one', label: 'One' },
          { id: 'two', label: 'Two' },
          { id: 'three', label: 'Three' },
        ]}
        selected={tab}
        onSelect={setTab}
        label="Steps"
        idPrefix="t"
      />
      {(['one', 'two', 'three'] as const).map((id) => (
        <TabPanel key={id} idPrefix="t" id={id} selected={tab === id}>
          Panel {id}
        </TabPanel>
      ))}
    </>
  );
}

describe('TabList', () => {
  it('moves with the arrow keys, Home and End, and keeps only the selected tab in the tab order', () => {
    render(<Harness />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Two' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').textContent).toBe('Panel two');
    fireEvent.keyDown(tabs[1]!, { key: 'End' });
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('t-tab-three');
    fireEvent.keyDown(tabs[2]!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'One' }).getAttribute('aria-selected')).toBe('true');
  });
});
