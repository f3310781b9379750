import { loadConfig } from '../server/config.js';
import { serve } from './serve.js';
import { migrate } from './migrate.js';
import { IMPORT_USAGE, importCommand } from './import-roster.js';

const USAGE = `microcred — educator micro-credentials

usage: microcred <command>

  serve     migrate, seed the demo (unless MICROCRED_DEMO=0) and serve the app and API
  migrate   bring the database schema up to date and exit
  import roster PATH [--org ID] [--dry-run] [--allow-partial] [--allow-departures]
            import staff from a CSV file or a OneRoster folder (microcred import --help)

Settings come from the environment: PORT, HOST, DATABASE_URL, MICROCRED_DATA_DIR, PUBLIC_URL,
MICROCRED_DEMO, MICROCRED_SECRET (see README).`;

async function main(argv: string[]) {
  const [command] = argv;
  switch (command) {
    case 'serve':
      return serve(loadConfig());
    case 'migrate':
      return migrate(loadConfig());
    case 'import':
      if (argv[1] === '--help' || argv[1] === 'help') return console.log(IMPORT_USAGE);
      process.exitCode = await importCommand(argv.slice(1), loadConfig());
      return;
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE);
      return;
    default:
      console.error(`unknown command "${command}"\n\n${USAGE}`);
      process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
