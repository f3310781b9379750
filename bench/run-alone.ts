import path from 'node:path';

/**
 * Runs a benchmark section when its own file is the one started (`npx tsx bench/<name>.ts`), not
 * when `bench/run.ts` imports it: exits 0 on PASS, 1 on FAIL, 2 when the setup itself fails.
 */
export function runAlone(meta: ImportMeta, name: string, run: () => Promise<{ pass: boolean }>) {
  if (!process.argv[1] || path.resolve(process.argv[1]) !== meta.filename) return;
  run().then(
    ({ pass }) => process.exit(pass ? 0 : 1),
    (err: unknown) => {
      process.stderr.write(
        `${name} benchmark failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exit(2);
    },
  );
}
