import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import { IdParams, errorResponses, noStore, type App } from '../../server/http.js';
import { importRoster } from './import-roster.js';
import type { RosterFiles } from './roster-files.js';
import { getRosterImport, listRosterImports, reportCsv } from './roster-history.js';
import { RosterImportSummaryView, RosterReportView } from './roster-views.js';

/** The largest roster file taken over HTTP (100,000 staff rows are about 10 MB). */
export const MAX_ROSTER_FILE = 50 * 1024 * 1024;

const ImportFields = z.object({
  orgId: z.string().trim().min(1, 'Choose the organization to import into.').max(100),
  dryRun: z.enum(['true', 'false', '1', '0']).default('true'),
  allowPartial: z.enum(['true', 'false', '1', '0']).default('false'),
  allowDepartures: z.enum(['true', 'false', '1', '0']).default('false'),
});
const yes = (v: string) => v === 'true' || v === '1';

type Saved = { name: string; path: string };

/**
 * Reads the multipart body: fields, and each file streamed to a private temporary folder (never
 * held in memory), so the import can stream it from disk like the command line does.
 */
async function receive(req: FastifyRequest, dir: string) {
  const fields: Record<string, string> = {};
  const files: Saved[] = [];
  for await (const part of req.parts({ limits: { files: 3, fileSize: MAX_ROSTER_FILE, fields: 6 } })) {
    if (part.type === 'file') {
      const name = path.basename(part.filename || 'roster.csv').slice(0, 200);
      const to = path.join(dir, `${files.length}.csv`);
      await pipeline(part.file, fs.createWriteStream(to));
      if (part.file.truncated)
        throw new AppError(
          'PAYLOAD_TOO_LARGE',
          `${name} is larger than ${MAX_ROSTER_FILE / 1024 / 1024} MB.`,
        );
      files.push({ name, path: to });
    } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
  }
  return { fields, files };
}

/** One staff CSV, or OneRoster's users.csv (with orgs.csv when sent). */
function rosterFiles(files: Saved[]): RosterFiles {
  const open = (f: Saved) => () => fs.createReadStream(f.path);
  const named = (n: string) => files.find((f) => f.name.toLowerCase() === n);
  const users = named('users.csv');
  if (users) {
    const orgs = named('orgs.csv');
    return {
      format: 'oneroster',
      name: orgs ? 'orgs.csv + users.csv' : 'users.csv',
      users: open(users),
      orgs: orgs ? open(orgs) : null,
    };
  }
  if (files.length === 1) return { format: 'csv', name: files[0]!.name, staff: open(files[0]!) };
  throw new AppError(
    'VALIDATION_FAILED',
    files.length
      ? 'Send one staff CSV, or OneRoster’s users.csv (and orgs.csv).'
      : 'Choose a file to import: a staff CSV, or OneRoster’s users.csv and orgs.csv.',
  );
}

export function registerRosterRoutes(app: App, deps: Deps) {
  const tags = ['admin'];
  app.post(
    '/api/v1/admin/roster/imports',
    {
      schema: {
        tags,
        summary:
          'Import staff (multipart: orgId, dryRun, allowPartial, allowDepartures, then a staff CSV or OneRoster users.csv + orgs.csv); a dry run only reports',
        consumes: ['multipart/form-data'],
        response: {
          200: RosterReportView,
          201: RosterReportView,
          422: errorResponses[400],
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      if (!req.isMultipart())
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Upload the roster as multipart/form-data.');
      const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'microcred-roster-'));
      try {
        const { fields, files } = await receive(req, dir);
        const parsed = ImportFields.safeParse(fields);
        if (!parsed.success)
          throw new AppError('VALIDATION_FAILED', parsed.error.issues[0]?.message ?? 'Check the form.');
        const result = await importRoster(deps, req.auth!, {
          org: parsed.data.orgId,
          files: rosterFiles(files),
          dryRun: yes(parsed.data.dryRun),
          allowPartial: yes(parsed.data.allowPartial),
          allowDepartures: yes(parsed.data.allowDepartures),
        });
        const { allRejected: _all, ...report } = result;
        void _all;
        return noStore(reply)
          .code(report.applied ? 201 : 200)
          .send(report);
      } finally {
        await fs.promises.rm(dir, { recursive: true, force: true });
      }
    },
  );
  app.get(
    '/api/v1/admin/roster/imports',
    {
      schema: {
        tags,
        summary: 'Roster import runs of a district or state you administer, newest first',
        querystring: z.object({ orgId: z.string().min(1).max(100) }),
        response: { 200: z.object({ items: z.array(RosterImportSummaryView) }), ...errorResponses },
      },
    },
    async (req, reply) =>
      noStore(reply).send({ items: await listRosterImports(deps, req.auth, req.query.orgId) }),
  );
  app.get(
    '/api/v1/admin/roster/imports/:id',
    {
      schema: {
        tags,
        summary: 'One roster import run with its lines (the first 200 of each kind)',
        params: IdParams,
        response: { 200: RosterReportView, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await getRosterImport(deps, req.auth, req.params.id)),
  );
  app.get(
    '/api/v1/admin/roster/imports/:id/report.csv',
    {
      schema: {
        tags,
        summary: 'One roster import run as CSV (formula-looking cells neutralized with a leading quote)',
        params: IdParams,
      },
    },
    async (req, reply) => {
      const report = await getRosterImport(deps, req.auth, req.params.id);
      return noStore(reply)
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="roster-import-${report.id.slice(0, 8)}.csv"`)
        .send(reportCsv(report));
    },
  );
}
