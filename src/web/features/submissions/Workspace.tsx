import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { CriterionFeedback, SubmissionView } from '../../../contracts/submissions.js';
import { Button } from '../../components/Button.js';
import { Notice } from '../../components/Notice.js';
import { OfflineBanner } from '../../components/OfflineBanner.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SaveIndicator } from '../../components/SaveIndicator.js';
import { TabList, TabPanel } from '../../components/Tabs.js';
import { PART_LABELS, PART_SHORT } from '../../lib/labels.js';
import { ArtifactsPart } from './ArtifactsPart.js';
import { findGaps, stepDone, type Step } from './completeness.js';
import { ConflictDialog } from './ConflictDialog.js';
import { DecisionBanner } from './DecisionBanner.js';
import type { ConflictItem, ServerDraft } from './draft-merge.js';
import { DraftHistory, formatSavedAt } from './DraftHistory.js';
import { PartFeedback } from './PartFeedback.js';
import { PublicSummaryView } from './PublicSummaryField.js';
import { QuestionsPart } from './QuestionsPart.js';
import { ReviewSubmitPanel } from './ReviewSubmitPanel.js';
import { RubricDrawer } from './RubricDrawer.js';
import { StatusTimeline } from './StatusTimeline.js';
import { SubmissionStatusChip } from './submission-status.js';
import { AttemptHistory } from './AttemptHistory.js';
import { fetchSubmission, submissionKeys } from './submissions-api.js';
import { useDraftAutosave } from './use-draft-autosave.js';
import { WithdrawButton } from './WithdrawButton.js';

export const toServerDraft = (current: SubmissionView['current']): ServerDraft => ({
  revision: current.revision,
  updatedAt: current.updatedAt,
  fields: {
    answers: { part1: current.answers.part1, part3: current.answers.part3 },
    attestation: current.attestation,
    resubmissionNote: current.resubmissionNote ?? '',
    publicSummary: current.answers.publicSummary ?? '',
  },
});

/** Where a problem path points on the page: a question's textarea or an artifact's section. */
function focusPath(path: string) {
  const answer = /part[13]\.([a-z0-9-]+)/.exec(path);
  const artifact = /(?:part2|artifacts?)\.([a-z0-9-]+)/.exec(path);
  const el = answer
    ? document.getElementById(`answer-${answer[1]}`)
    : artifact
      ? document.getElementById(`requirement-${artifact[1]}`)
      : null;
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  if (el instanceof HTMLTextAreaElement) el.focus();
}

export function Workspace({ submission: s }: { submission: SubmissionView }) {
  const queryClient = useQueryClient();
  const content = s.microCredential.content;
  const current = s.current;
  const editable = current.editable;
  const refetch = useCallback(
    () => queryClient.invalidateQueries({ queryKey: submissionKeys.one(s.id) }),
    [queryClient, s.id],
  );

  const server = useMemo(() => toServerDraft(current), [current]);
  const draft = useDraftAutosave({
    submissionId: s.id,
    attemptId: current.id,
    editable,
    server,
    fetchLatest: async () => toServerDraft((await fetchSubmission(s.id)).current),
  });

  const [step, setStep] = useState<Step>('part1');
  const [rubricOpen, setRubricOpen] = useState(false);
  const [conflictOpen, setConflictOpen] = useState(true);
  const [restoredVersion, setRestoredVersion] = useState<string | null>(null);

  const gaps = editable ? findGaps(content, draft.fields, current.artifacts, current.number) : [];
  const goTo = (next: Step, path?: string) => {
    setStep(next);
    if (path) requestAnimationFrame(() => focusPath(path));
  };

  // The latest decided attempt's feedback, grouped by the part each criterion judges.
  const decided = [...s.attempts].reverse().find((a) => a.feedback?.length);
  const feedbackFor = (part: 'part1' | 'part2' | 'part3'): CriterionFeedback[] =>
    (decided?.feedback ?? []).filter(
      (f) => content.rubric.criteria.find((c) => c.id === f.criterionId)?.part === part,
    );

  const describeConflict = (item: ConflictItem) => {
    if (item.part === 'note') return 'Note on what changed';
    if (item.part === 'summary') return 'Public summary of your evidence';
    const questions = content.requirements[item.part].questions;
    const i = questions.findIndex((q) => q.id === item.id);
    return `${PART_SHORT[item.part]}, question ${i + 1}: ${questions[i]?.prompt ?? item.id}`;
  };

  const withFeedback = (part: 'part1' | 'part2' | 'part3', body: ReactNode) => {
    const fb = feedbackFor(part);
    if (!fb.length || !decided) return body;
    return (
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">{body}</div>
        <PartFeedback feedback={fb} attemptNumber={decided.number} />
      </div>
    );
  };

  const history = (
    <DraftHistory
      submissionId={s.id}
      content={content}
      current={draft.fields}
      editable={editable}
      onRestore={draft.restoreVersion}
      onRestored={(v) => setRestoredVersion(v.savedAt)}
    />
  );

  const tabs = [
    { id: 'part1' as const, label: PART_LABELS.part1, done: editable && stepDone('part1', gaps) },
    { id: 'part2' as const, label: PART_LABELS.part2, done: editable && stepDone('part2', gaps) },
    { id: 'part3' as const, label: PART_LABELS.part3, done: editable && stepDone('part3', gaps) },
    { id: 'review' as const, label: editable ? 'Review & submit' : 'Attempts', done: false },
  ];

  return (
    <>
      <PageHeader
        eyebrow={<Link to="/dashboard">My work</Link>}
        title={s.microCredential.title}
        description={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span>{s.microCredential.issuer.name}</span>
            <span aria-hidden="true">·</span>
            <span>
              Attempt {s.attemptNumber} of {s.maxAttempts}
            </span>
            <SubmissionStatusChip status={s.status} />
          </span>
        }
        actions={
          <>
            <Button variant="secondary" icon="book" onClick={() => setRubricOpen(true)}>
              Rubric
            </Button>
            <Link
              to="/micro-credentials/$id"
              params={{ id: s.microCredential.id }}
              className="self-center text-sm"
            >
              About this micro-credential
            </Link>
            {s.status === 'in_progress' || s.status === 'submitted' ? (
              <WithdrawButton submissionId={s.id} onDone={refetch} />
            ) : null}
          </>
        }
      />

      {s.status !== 'in_progress' ? (
        <div className="mb-6 space-y-4">
          <div className="card p-4">
            <StatusTimeline status={s.status} submittedAt={s.submittedAt} decidedAt={s.decidedAt} />
          </div>
          <DecisionBanner submission={s} onChanged={refetch} />
        </div>
      ) : null}

      {editable ? (
        <div className="sticky top-0 z-10 -mx-4 mb-4 flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 bg-slate-50/95 px-4 py-2 backdrop-blur sm:mx-0 sm:rounded-md sm:border sm:px-3">
          <span className="text-sm text-slate-700">Draft · saved automatically as you type</span>
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <SaveIndicator state={draft.state} />
            {history}
          </span>
        </div>
      ) : null}
      {editable ? <OfflineBanner unreachable={draft.unreachable} /> : null}
      {restoredVersion ? (
        <Notice tone="success" className="mb-4">
          <p>
            The version saved {formatSavedAt(restoredVersion)} is your draft again; autosave continues from
            here, and the text it replaced is kept in the version history.{' '}
            <button type="button" className="font-medium underline" onClick={() => setRestoredVersion(null)}>
              Dismiss
            </button>
          </p>
        </Notice>
      ) : null}

      {draft.restored ? (
        <Notice tone="info" className="mb-4">
          <p>
            We restored changes from this device that had not reached the server yet; they are being saved
            now.{' '}
            <button type="button" className="font-medium underline" onClick={draft.dismissRestored}>
              Dismiss
            </button>
          </p>
        </Notice>
      ) : null}
      {draft.conflict && !conflictOpen ? (
        <Notice tone="warning" className="mb-4" title="Two versions of this draft need your decision">
          <Button size="sm" variant="secondary" onClick={() => setConflictOpen(true)}>
            Compare and choose
          </Button>
        </Notice>
      ) : null}

      <TabList
        tabs={tabs}
        selected={step}
        onSelect={setStep}
        label="Submission steps"
        idPrefix="ws"
        numbered
      />
      <TabPanel idPrefix="ws" id="part1" title={PART_LABELS.part1} selected={step === 'part1'}>
        {withFeedback(
          'part1',
          <QuestionsPart
            part="part1"
            intro={content.requirements.part1.intro}
            questions={content.requirements.part1.questions}
            answers={draft.fields.answers.part1}
            editable={editable}
            onChange={draft.setAnswer}
          />,
        )}
      </TabPanel>
      <TabPanel idPrefix="ws" id="part2" title={PART_LABELS.part2} selected={step === 'part2'}>
        {withFeedback(
          'part2',
          <ArtifactsPart
            submissionId={s.id}
            intro={content.requirements.part2.intro}
            requirements={content.requirements.part2.artifacts}
            artifacts={current.artifacts}
            editable={editable}
            onChanged={refetch}
            attempt={{ number: current.number, startedAt: current.startedAt }}
            uploadLimits={s.uploadLimits}
          />,
        )}
      </TabPanel>
      <TabPanel idPrefix="ws" id="part3" title={PART_LABELS.part3} selected={step === 'part3'}>
        {withFeedback(
          'part3',
          <QuestionsPart
            part="part3"
            intro={content.requirements.part3.intro}
            questions={content.requirements.part3.questions}
            answers={draft.fields.answers.part3}
            editable={editable}
            onChange={draft.setAnswer}
          />,
        )}
      </TabPanel>
      <TabPanel
        idPrefix="ws"
        id="review"
        title={editable ? 'Review and submit' : 'Attempts'}
        selected={step === 'review'}
      >
        {editable ? (
          <ReviewSubmitPanel
            submissionId={s.id}
            gaps={gaps}
            attestation={draft.fields.attestation}
            onAttestation={draft.setAttestation}
            note={current.number > 1 ? draft.fields.resubmissionNote : null}
            onNote={draft.setNote}
            summary={draft.fields.publicSummary}
            onSummary={draft.setPublicSummary}
            goTo={goTo}
            flush={draft.flush}
            onSubmitted={async () => {
              await refetch();
              await queryClient.invalidateQueries({ queryKey: submissionKeys.all });
            }}
          />
        ) : current.answers.publicSummary?.trim() ? (
          <PublicSummaryView
            text={current.answers.publicSummary}
            visibility={
              s.status === 'earned'
                ? 'public'
                : s.status === 'submitted' || s.status === 'in_review'
                  ? 'if-earned'
                  : 'not-public'
            }
          />
        ) : null}
        {editable ? null : <div className="mt-6">{history}</div>}
        <AttemptHistory attempts={s.attempts} />
      </TabPanel>

      {step !== 'review' && editable ? (
        <div className="mt-8 flex justify-end">
          <Button
            variant="secondary"
            icon="arrowRight"
            onClick={() => setStep(step === 'part1' ? 'part2' : step === 'part2' ? 'part3' : 'review')}
          >
            Next:{' '}
            {step === 'part1' ? PART_SHORT.part2 : step === 'part2' ? PART_SHORT.part3 : 'Review & submit'}
          </Button>
        </div>
      ) : null}

      <RubricDrawer open={rubricOpen} onClose={() => setRubricOpen(false)} content={content} />
      {draft.conflict ? (
        <ConflictDialog
          open={conflictOpen}
          items={draft.conflict.items}
          describe={describeConflict}
          onClose={() => setConflictOpen(false)}
          onResolve={(choice) => {
            draft.resolveConflict(choice);
            setConflictOpen(true);
          }}
        />
      ) : null}
    </>
  );
}
