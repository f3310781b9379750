import { useState } from 'react';
import type { CalibrationTask } from '../../../contracts/assessment.js';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ProgressBar } from '../../components/ProgressBar.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { StatusChip } from '../../components/StatusChip.js';
import { CalibrationScoring } from './CalibrationScoring.js';
import { agreementText, anchorProgress, calibrationBadge } from './queue-rules.js';
import { useCalibrationTasks } from './reviews-api.js';

type Open = { anchorId: string; title: string; task: CalibrationTask };

const STATUS_HELP: Record<CalibrationTask['status'], string> = {
  unscored: 'Score the anchors below to qualify for this micro-credential.',
  calibrating: 'Score every anchor; you qualify when your agreement reaches the required share.',
  qualified: 'You are qualified to score this micro-credential.',
  recalibrating:
    'Your agreement on double-scored attempts drifted below the issuer’s threshold: score the anchors again to stay qualified.',
  removed: 'The issuer has removed you from scoring this micro-credential.',
};

function TaskCard({
  task,
  onOpen,
}: {
  task: CalibrationTask;
  onOpen: (anchor: { id: string; title: string }) => void;
}) {
  const badge = calibrationBadge(task.status);
  const progress = anchorProgress(task);
  const headingId = `calibration-${task.microCredential.id}`;
  return (
    <article aria-labelledby={headingId} className="card p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="font-semibold text-slate-900">
            {task.microCredential.title}
          </h3>
          <p className="text-sm text-slate-700">{task.microCredential.issuerName}</p>
        </div>
        <StatusChip tone={badge.tone} icon={badge.icon}>
          {badge.label}
        </StatusChip>
      </div>
      <p className="mt-2 text-sm text-slate-800">{STATUS_HELP[task.status]}</p>
      <div className="mt-3 space-y-1">
        <p className="text-sm font-medium text-slate-900">
          {agreementText(task.agreementPercent, task.requiredPercent)}
        </p>
        <ProgressBar
          label={`Agreement for ${task.microCredential.title}`}
          value={task.agreementPercent ?? 0}
          tone={
            task.agreementPercent !== null && task.agreementPercent >= task.requiredPercent
              ? 'success'
              : 'brand'
          }
        />
        <p className="text-sm text-slate-600">{progress.text}</p>
      </div>
      {task.anchors.length && task.status !== 'removed' ? (
        <ul className="mt-3 divide-y divide-slate-100 border-t border-slate-100">
          {task.anchors.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div className="min-w-0">
                <p className="font-medium text-slate-900">{a.title}</p>
                <p className="text-sm text-slate-700">
                  {a.scored
                    ? a.agreementPercent === null
                      ? 'Scored'
                      : `Scored · ${Math.round(a.agreementPercent)}% agreement`
                    : 'Not scored yet'}
                </p>
              </div>
              <Button variant={a.scored ? 'secondary' : 'primary'} size="sm" onClick={() => onOpen(a)}>
                {a.scored ? 'Score again' : 'Score'}
                <span className="sr-only"> anchor “{a.title}”</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

/** The assessor's calibration: per micro-credential, agreement so far and the anchors to score. */
export function CalibrationTab() {
  const tasks = useCalibrationTasks();
  const [open, setOpen] = useState<Open | null>(null);
  return (
    <>
      <p className="mb-4 max-w-prose text-slate-700">
        Anchors are real, anonymized submissions the issuer has scored. Score them as you would any review;
        your agreement with the reference scores decides whether you qualify.
      </p>
      <QueryState query={tasks} loading={<ListSkeleton label="Loading calibration…" />}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState icon="clipboard" title="No calibration to do">
              When an issuer asks you to calibrate for a micro-credential, its anchors appear here.
            </EmptyState>
          ) : (
            <ul className="space-y-3">
              {items.map((task) => (
                <li key={task.microCredential.id}>
                  <TaskCard task={task} onOpen={(a) => setOpen({ anchorId: a.id, title: a.title, task })} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <Dialog
        open={!!open}
        onClose={() => setOpen(null)}
        wide
        title={open ? `Calibration · ${open.task.microCredential.title}: ${open.title}` : ''}
      >
        {open ? (
          <CalibrationScoring
            key={open.anchorId}
            anchorId={open.anchorId}
            requiredPercent={open.task.requiredPercent}
            onClose={() => setOpen(null)}
          />
        ) : null}
      </Dialog>
    </>
  );
}
