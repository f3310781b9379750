import { useRef, useState } from 'react';
import type { ArtifactPrivacy, ArtifactView } from '../../../contracts/submissions.js';
import { api, errorMessage } from '../../api/client.js';
import { Checkbox } from '../../components/Field.js';
import { Icon } from '../../components/Icon.js';
import { SaveIndicator, type SaveState } from '../../components/SaveIndicator.js';
import { StatusChip } from '../../components/StatusChip.js';

type Key = keyof ArtifactPrivacy;

/** The two statements every uploaded file needs before the attempt can be submitted. */
export const PRIVACY_CHECKS: readonly { key: Key; label: string }[] = [
  { key: 'noStudentNames', label: 'No student names or other identifying details can be seen or heard' },
  { key: 'facesConsented', label: 'No student faces, or media consent is on file for every student shown' },
];

export const privacyDone = (p: ArtifactPrivacy) => PRIVACY_CHECKS.every((c) => p[c.key] === true);

const artifactPath = (submissionId: string, artifactId: string) =>
  `/api/v1/submissions/${encodeURIComponent(submissionId)}/artifacts/${encodeURIComponent(artifactId)}`;

/**
 * The privacy checklist of one uploaded file: each box is saved as it changes (one save at a
 * time, in order), with the saved state shown and announced. Read-only once sent.
 */
export function UploadPrivacyChecklist({
  submissionId,
  artifact,
  editable,
  onSaved,
}: {
  submissionId: string;
  artifact: ArtifactView;
  editable: boolean;
  /** Re-reads the submission, so the page's list of what is missing follows. */
  onSaved: () => Promise<unknown>;
}) {
  // Ticks not yet confirmed by the server, shown meanwhile.
  const [pending, setPending] = useState<ArtifactPrivacy>({});
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const queue = useRef<Promise<void>>(Promise.resolve());
  const inFlight = useRef(0);
  const shown: ArtifactPrivacy = { ...artifact.privacy, ...pending };
  const done = privacyDone(shown);

  const save = (key: Key, value: boolean) => {
    setPending((p) => ({ ...p, [key]: value }));
    setState({ kind: 'saving' });
    inFlight.current++;
    queue.current = queue.current.then(async () => {
      let failure: string | null = null;
      try {
        await api.patch<ArtifactView>(artifactPath(submissionId, artifact.id), { privacy: { [key]: value } });
        await onSaved();
      } catch (err) {
        failure = errorMessage(err);
      }
      inFlight.current--;
      // The server's value shows from now on (a failed save shows the box as it was).
      setPending((p) => {
        if (p[key] !== value) return p;
        const rest = { ...p };
        delete rest[key];
        return rest;
      });
      if (failure) setState({ kind: 'error', message: failure, retrying: false });
      else if (inFlight.current === 0) setState({ kind: 'saved', at: new Date() });
    });
  };

  const title = <span className="sr-only"> for “{artifact.title}”</span>;
  if (!editable) {
    return (
      <div className="mt-3 text-sm text-slate-700">
        <p className="font-medium text-slate-900">Privacy check{title}</p>
        <ul className="mt-1 space-y-0.5">
          {PRIVACY_CHECKS.map((c) => (
            <li key={c.key} className="flex items-start gap-1.5">
              <Icon
                name={shown[c.key] ? 'check' : 'x'}
                title={shown[c.key] ? 'Checked' : 'Not checked'}
                className={`mt-0.5 h-4 w-4 shrink-0 ${shown[c.key] ? 'text-emerald-700' : 'text-slate-500'}`}
              />
              {c.label}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <fieldset className="mt-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      <legend className="float-left flex w-full flex-wrap items-center justify-between gap-2">
        <span className="font-semibold text-slate-900">Privacy check{title}</span>
        {done ? (
          <StatusChip tone="success" icon="check">
            Checked
          </StatusChip>
        ) : (
          <StatusChip tone="warning" icon="alert">
            Needed before you submit
          </StatusChip>
        )}
      </legend>
      <p className="clear-both pt-1 text-sm text-slate-700">
        Evidence shows your teaching, not who your students are. Assessors and the public never see names, so
        make sure this file doesn’t show them either.
      </p>
      <div className="mt-2 space-y-2">
        {PRIVACY_CHECKS.map((c) => (
          <Checkbox
            key={c.key}
            label={c.label}
            checked={shown[c.key] === true}
            onChange={(e) => save(c.key, e.target.checked)}
          />
        ))}
      </div>
      <div className="mt-1">
        <SaveIndicator state={state} />
      </div>
    </fieldset>
  );
}
