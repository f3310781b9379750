import { describe, expect, it } from 'vitest';
import { filenameFrom } from './download.js';

describe('filenameFrom', () => {
  it('reads the file name the server suggests, or falls back', () => {
    expect(filenameFrom('attachment; filename="learner-record.clr.json"', 'x.json')).toBe(
      'learner-record.clr.json',
    );
    expect(filenameFrom("attachment; filename*=UTF-8''r%C3%A9cord.json", 'x.json')).toBe('récord.json');
    expect(filenameFrom('attachment', 'x.json')).toBe('x.json');
    expect(filenameFrom(null, 'x.json')).toBe('x.json');
  });
});
