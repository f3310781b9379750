import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/api-error.js';
import { Button } from '../../components/Button.js';
import { TextAreaField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { submissionsApi } from './submissions-api.js';

const MIN_NOTE = 10;

/** After "not yet": a note on what changed opens the next attempt, answers and artifacts carried over. */
export function ResubmitForm({
  submissionId,
  attemptsLeft,
  onDone,
}: {
  submissionId: string;
  attemptsLeft: number;
  onDone: () => Promise<unknown>;
}) {
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const resubmit = useMutation({
    mutationFn: () => submissionsApi.resubmit(submissionId, note.trim()),
    onSuccess: onDone,
  });
  const tooShort = note.trim().length < MIN_NOTE;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!tooShort) resubmit.mutate();
  };
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <p className="text-slate-800">
        Read the feedback beside each part, then start your next attempt. Your answers and artifacts are
        carried over for you to revise: keep what passed, change what did not, and files you keep need no new
        upload.{' '}
        {attemptsLeft === 1 ? 'This will be your last attempt.' : `You have ${attemptsLeft} attempts left.`}
      </p>
      <TextAreaField
        label="What will you change?"
        hint="Assessors read this note first. Say in a sentence or two what you changed and why."
        required
        rows={4}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        onBlur={() => setTouched(true)}
        error={touched && tooShort ? `Write at least ${MIN_NOTE} characters.` : null}
      />
      <div aria-live="assertive">
        {resubmit.isError ? <Notice tone="error">{errorMessage(resubmit.error)}</Notice> : null}
      </div>
      <Button type="submit" busy={resubmit.isPending} icon="refresh">
        Start my next attempt
      </Button>
    </form>
  );
}
