import { useState } from 'react';
import { errorMessage } from '../../api/api-error.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { TextAreaField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { LoadingBlock, SkeletonText } from '../../components/Skeleton.js';
import {
  useCreateTemplate,
  useDeleteTemplate,
  useFeedbackTemplates,
  type FeedbackTemplate,
} from './assessment-api.js';
import { MicroCredentialSelect } from './MicroCredentialSelect.js';
import { useRubric } from './rubric-query.js';

const MIN_TEXT = 10;
const MAX_TEXT = 2000;

function AddTemplate({
  mcId,
  criterionId,
  criterionTitle,
}: {
  mcId: string;
  criterionId: string;
  criterionTitle: string;
}) {
  const create = useCreateTemplate(mcId);
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const short = text.trim().length < MIN_TEXT;
  const save = () => {
    setTried(true);
    if (short) return;
    create.mutate(
      { criterionId, text: text.trim() },
      {
        onSuccess: () => {
          setText('');
          setTried(false);
        },
      },
    );
  };
  return (
    <form
      className="mt-3 space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <TextAreaField
        label={`New template for “${criterionTitle}”`}
        rows={3}
        maxLength={MAX_TEXT}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={
          tried && short
            ? `Write at least ${MIN_TEXT} characters.`
            : create.isError
              ? errorMessage(create.error)
              : null
        }
      />
      <Button type="submit" variant="secondary" size="sm" icon="plus" busy={create.isPending}>
        Add template
      </Button>
    </form>
  );
}

/** Feedback an assessor can start from, per criterion of one micro-credential. */
export function FeedbackTemplates({ issuerId }: { issuerId: string }) {
  const [mcId, setMcId] = useState('');
  const rubric = useRubric(mcId || null);
  const templates = useFeedbackTemplates(mcId || null);
  const remove = useDeleteTemplate(mcId);
  const [deleting, setDeleting] = useState<FeedbackTemplate | null>(null);
  return (
    <div className="space-y-4">
      <MicroCredentialSelect issuerId={issuerId} value={mcId} onChange={setMcId} />
      {!mcId ? null : rubric.isPending || templates.isPending ? (
        <LoadingBlock label="Loading feedback templates…">
          <SkeletonText lines={4} />
        </LoadingBlock>
      ) : rubric.isError || templates.isError ? (
        <Notice tone="error">{errorMessage(rubric.error ?? templates.error)}</Notice>
      ) : (
        <ul className="space-y-4">
          {rubric.data.criteria.map((c) => {
            const mine = templates.data.filter((t) => t.criterionId === c.id);
            return (
              <li key={c.id} className="card p-4">
                <h3 className="font-semibold text-slate-900">{c.title}</h3>
                {mine.length ? (
                  <ul className="mt-2 divide-y divide-slate-200" aria-label={`Templates for ${c.title}`}>
                    {mine.map((t) => (
                      <li key={t.id} className="flex items-start justify-between gap-3 py-2">
                        <p className="prose-text min-w-0 text-sm break-words">{t.text}</p>
                        <Button
                          variant="ghost"
                          size="sm"
                          onClick={() => setDeleting(t)}
                          aria-label={`Delete template “${t.text.slice(0, 40)}” for ${c.title}`}
                        >
                          <span aria-hidden="true" className="text-red-800">
                            Delete
                          </span>
                        </Button>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="mt-1 text-sm text-slate-700">No templates yet.</p>
                )}
                <AddTemplate mcId={mcId} criterionId={c.id} criterionTitle={c.title} />
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this template?"
        confirmLabel="Delete"
        danger
        busy={remove.isPending}
        onCancel={() => {
          remove.reset();
          setDeleting(null);
        }}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => setDeleting(null),
          })
        }
      >
        <p className="prose-text">{deleting?.text}</p>
        <p className="mt-2 text-slate-700">Feedback already written with it stays as it is.</p>
        {remove.isError ? (
          <Notice tone="error" className="mt-3">
            {errorMessage(remove.error)}
          </Notice>
        ) : null}
      </ConfirmDialog>
    </div>
  );
}
