// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ListEditor } from './ListEditor.js';

afterEach(cleanup);

function Harness({ initial }: { initial: string[] }) {
  const [items, setItems] = useState(initial);
  return (
    <>
      <ListEditor
        items={items}
        onChange={setItems}
        newItem={() => 'new'}
        itemLabel={(i) => `Item ${i + 1}`}
        addLabel="Add an item"
        renderItem={(item) => <span>{item}</span>}
      />
      <output data-testid="value">{items.join(',')}</output>
    </>
  );
}

describe('ListEditor', () => {
  it('adds, moves and removes items with buttons named for each item', () => {
    render(<Harness initial={['a', 'b', 'c']} />);
    const value = () => screen.getByTestId('value').textContent;
    fireEvent.click(screen.getByRole('button', { name: 'Move Item 3 up' }));
    expect(value()).toBe('a,c,b');
    fireEvent.click(screen.getByRole('button', { name: 'Move Item 1 down' }));
    expect(value()).toBe('c,a,b');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Item 2' }));
    expect(value()).toBe('c,b');
    fireEvent.click(screen.getByRole('button', { name: 'Add an item' }));
    expect(value()).toBe('c,b,new');
    expect((screen.getByRole('button', { name: 'Move Item 1 up' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
