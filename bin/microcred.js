#!/usr/bin/env node
// The `microcred` command; `npm run build:server` produces what it runs.
import('../dist/src/cli/main.js');
