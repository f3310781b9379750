import { describe, expect, it } from 'vitest';
import { detectCredential, detectedLabel, uploadProblem, UPLOAD_MAX_BYTES } from './detect-credential.js';

const JWT =
  'eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJkaWQ6d2ViOmV4YW1wbGUub3JnIn0.c2lnbmF0dXJlLWJ5dGVzLWhlcmU';

describe('recognising pasted credentials', () => {
  it('sends JSON as an object and a VC-JWT as its compact string', () => {
    const json = detectCredential('  {"type":["VerifiableCredential"],"proof":[]}\n');
    expect(json).toEqual({ kind: 'json', credential: { type: ['VerifiableCredential'], proof: [] } });
    expect(detectCredential(`\n${JWT}\n`)).toEqual({ kind: 'jwt', credential: JWT });
  });

  it('joins a JWT that was wrapped over several lines when pasted', () => {
    const wrapped = `${JWT.slice(0, 30)}\n${JWT.slice(30, 70)}\n  ${JWT.slice(70)}`;
    expect(detectCredential(wrapped)).toEqual({ kind: 'jwt', credential: JWT });
  });

  it('warns about broken JSON and arrays but still sends the text for the verifier to judge', () => {
    const broken = detectCredential('{"type": ["VerifiableCredential"');
    expect(broken.kind).toBe('invalid-json');
    expect(detectedLabel(broken)).toMatch(/does not parse/);
    expect(detectCredential('[{"a":1}]').kind).toBe('invalid-json');
    expect(detectCredential('hello there')).toEqual({ kind: 'unknown', credential: 'hello there' });
    expect(detectCredential('a.b')).toMatchObject({ kind: 'unknown' });
  });

  it('treats blank text (and a byte-order mark alone) as nothing to send', () => {
    expect(detectCredential('   \n')).toEqual({ kind: 'empty' });
    expect(detectCredential('\uFEFF')).toEqual({ kind: 'empty' });
    expect(detectedLabel({ kind: 'empty' })).toBe('');
  });
});

describe('files for upload', () => {
  it('accepts badge images and credential files by name or type', () => {
    expect(uploadProblem({ name: 'badge.png', size: 2048 })).toBeNull();
    expect(uploadProblem({ name: 'badge.SVG', size: 2048 })).toBeNull();
    expect(uploadProblem({ name: 'credential.jwt', size: 900 })).toBeNull();
    expect(uploadProblem({ name: 'download', size: 900, type: 'application/json' })).toBeNull();
  });

  it('refuses empty, oversized and unrelated files with a reason', () => {
    expect(uploadProblem({ name: 'badge.png', size: 0 })).toMatch(/empty/);
    expect(uploadProblem({ name: 'badge.png', size: UPLOAD_MAX_BYTES + 1 })).toMatch(/10 MB/);
    expect(uploadProblem({ name: 'photo.jpg', size: 10, type: 'image/jpeg' })).toMatch(/PNG or SVG/);
  });
});
