import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { MeView } from '../../../contracts/auth.js';
import { errorMessage } from '../../api/api-error.js';
import type { UploadProgress } from '../../api/upload.js';
import { Button } from '../../components/Button.js';
import { Checkbox, SelectField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { PageHeader, Section } from '../../components/PageHeader.js';
import { ProgressBar } from '../../components/ProgressBar.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { AdminNav } from '../../components/layout/AdminNav.js';
import { formatBytes } from '../../lib/format.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { ADMIN_ROLES } from '../auth/roles.js';
import { orgOptions, useOrganizations } from '../admin/admin-api.js';
import { rosterKeys, uploadRoster, type RosterReportData } from './roster-api.js';
import { RosterHistory } from './RosterHistory.js';
import { RosterReportLists } from './RosterReportLists.js';
import { RosterSummary } from './RosterSummary.js';

type Run = { orgId: string; files: File[]; dryRun: boolean; allowPartial: boolean; allowDepartures: boolean };

function Upload({ orgs }: { orgs: { value: string; label: string }[] }) {
  const queryClient = useQueryClient();
  const [orgId, setOrgId] = useState(orgs[0]?.value ?? '');
  const [files, setFiles] = useState<File[]>([]);
  const [allowPartial, setAllowPartial] = useState(false);
  const [allowDepartures, setAllowDepartures] = useState(false);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [preview, setPreview] = useState<RosterReportData | null>(null);
  const [applied, setApplied] = useState<RosterReportData | null>(null);
  const run = useMutation({
    mutationFn: (r: Run) => {
      setProgress({ loaded: 0, total: r.files.reduce((n, f) => n + f.size, 0) });
      return uploadRoster(r, setProgress);
    },
    onSuccess: (report, r) => {
      if (r.dryRun) {
        setPreview(report);
        setAllowDepartures(false);
      } else {
        setPreview(null);
        setApplied(report);
      }
      void queryClient.invalidateQueries({ queryKey: rosterKeys.history(r.orgId) });
    },
    onSettled: () => setProgress(null),
  });

  const startPreview = (e: FormEvent) => {
    e.preventDefault();
    setApplied(null);
    setPreview(null);
    if (orgId && files.length)
      run.mutate({ orgId, files, dryRun: true, allowPartial: false, allowDepartures: false });
  };
  const c = preview?.counts;
  const people = c ? c.created + c.changed + c.unchanged : 0;
  const mustConfirm = !!preview?.needsDepartureConfirmation;
  // A file that lists nobody is never applied; many departures wait for the checkbox.
  const refused = !!preview?.departureWarning && !mustConfirm;
  const blocked = (!!c && c.rejected > 0 && !allowPartial) || refused || (mustConfirm && !allowDepartures);
  const nothingToDo = !!c && c.created + c.changed + c.deactivated === 0;

  return (
    <>
      <Section title="Upload a roster" id="roster-upload">
        <form onSubmit={startPreview} className="card max-w-2xl space-y-4 p-4 sm:p-5">
          <SelectField
            label="Organization"
            hint="The district or state whose staff the file lists."
            options={orgs}
            value={orgId}
            required
            onChange={(e) => {
              setOrgId(e.target.value);
              setPreview(null);
            }}
          />
          <div>
            <label htmlFor="roster-files" className="block font-medium text-slate-900">
              File <span className="ml-1 text-sm font-normal text-slate-600">(required)</span>
            </label>
            <p id="roster-files-hint" className="mt-0.5 text-sm text-slate-600">
              A staff CSV in UTF-8 with the columns <code>email, first_name, last_name, school_id</code> (and
              optionally <code>role, staff_id</code>), or OneRoster’s <code>users.csv</code> and{' '}
              <code>orgs.csv</code> (choose both).
            </p>
            <input
              id="roster-files"
              type="file"
              accept=".csv,text/csv"
              multiple
              required
              aria-describedby="roster-files-hint"
              className="mt-1.5 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:font-medium"
              onChange={(e) => {
                setFiles([...(e.target.files ?? [])]);
                setPreview(null);
              }}
            />
            {files.length ? (
              <p className="mt-1 text-sm text-slate-700">
                {files.map((f) => `${f.name} (${formatBytes(f.size)})`).join(', ')}
              </p>
            ) : null}
          </div>
          <Button
            type="submit"
            icon="eye"
            busy={run.isPending && run.variables?.dryRun}
            disabled={!orgId || !files.length || run.isPending}
          >
            Preview
          </Button>
          {progress ? (
            <div aria-live="polite" className="space-y-1">
              <ProgressBar value={progress.loaded} max={progress.total || 1} label="Uploading the roster" />
              <p className="text-sm text-slate-700">
                {progress.loaded < progress.total
                  ? `Uploading… ${formatBytes(progress.loaded)} of ${formatBytes(progress.total)}`
                  : 'Checking every line…'}
              </p>
            </div>
          ) : null}
        </form>
      </Section>

      <div aria-live="polite">
        {run.isError ? (
          <Notice tone="error" title="The roster could not be read" className="mb-6 max-w-2xl">
            {errorMessage(run.error)}
          </Notice>
        ) : null}
        {applied ? (
          <Notice tone="success" title="Roster imported" className="mb-6 max-w-2xl">
            {applied.counts.created} new, {applied.counts.changed} changed, {applied.counts.deactivated}{' '}
            deactivated
            {applied.counts.rejected ? `, ${applied.counts.rejected} rejected lines skipped` : ''}. New people
            are invited: they sign in with your district’s sign-in or an invitation link.
          </Notice>
        ) : null}
      </div>

      {preview && c ? (
        <Section title={`Preview: ${preview.fileName}`} id="roster-preview">
          <p className="mb-3 text-slate-700">
            Nothing has been written yet. {c.lines} lines read for {preview.orgName}.
          </p>
          <RosterSummary counts={c} />
          {c.rejected ? (
            <Notice
              tone="warning"
              title={`${c.rejected} line${c.rejected === 1 ? '' : 's'} rejected`}
              className="my-4"
            >
              Fix them in the file and preview again; or import the valid lines now and the rejected ones
              later.
            </Notice>
          ) : null}
          {preview.departureWarning ? (
            <Notice
              tone={refused ? 'error' : 'warning'}
              title={refused ? 'This file lists nobody' : `${c.deactivated} people would be deactivated`}
              className="my-4"
            >
              {preview.departureWarning}
            </Notice>
          ) : null}
          <div className="my-4 flex flex-wrap items-center gap-4">
            {mustConfirm ? (
              <Checkbox
                label={`Allow these departures: deactivate ${c.deactivated} people`}
                checked={allowDepartures}
                onChange={(e) => setAllowDepartures(e.target.checked)}
              />
            ) : null}
            {c.rejected ? (
              <Checkbox
                label="Import the valid lines anyway"
                checked={allowPartial}
                onChange={(e) => setAllowPartial(e.target.checked)}
              />
            ) : null}
            <Button
              icon="upload"
              busy={run.isPending && !run.variables?.dryRun}
              disabled={blocked || nothingToDo || run.isPending}
              onClick={() => run.mutate({ orgId, files, dryRun: false, allowPartial, allowDepartures })}
            >
              Import {people} {people === 1 ? 'person' : 'people'}
            </Button>
            {nothingToDo ? <span className="text-sm text-slate-700">Nothing would change.</span> : null}
          </div>
          <RosterReportLists report={preview} />
        </Section>
      ) : null}

      {orgId ? (
        <Section title="Earlier imports" id="roster-history">
          <RosterHistory orgId={orgId} />
        </Section>
      ) : null}
    </>
  );
}

function RosterImport({ me }: { me: MeView }) {
  const orgs = useOrganizations();
  return (
    <>
      <AdminNav me={me} />
      <PageHeader
        title="Roster import"
        description="Bring your staff in from a CSV or OneRoster files. You see every new, changed, leaving and rejected line before anything is written; importing the same file again changes nothing, and people who leave are deactivated, never deleted."
      />
      <QueryState query={orgs} loading={<ListSkeleton rows={2} />}>
        {({ items }) => {
          const options = orgOptions(items.filter((o) => o.kind === 'district' || o.kind === 'state')).map(
            (o) => ({
              ...o,
              label: o.label.trim(),
            }),
          );
          return options.length ? (
            <Upload orgs={options} />
          ) : (
            <Notice>There is no district or state you administer to import into.</Notice>
          );
        }}
      </QueryState>
    </>
  );
}

export function RosterImportPage() {
  useDocumentTitle('Roster import');
  return <RequireAuth roles={ADMIN_ROLES}>{(me) => <RosterImport me={me} />}</RequireAuth>;
}
