#!/usr/bin/env node
// The `microcred` command. It runs what `npm run build:server` produced; on a fresh clone where
// only `npm ci` has run (no dist/), it runs the TypeScript source through tsx instead.
import { existsSync } from 'node:fs';

const built = new URL('../dist/src/cli/main.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/main.ts', import.meta.url).href);
}
