import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { Notice } from '../../components/Notice.js';
import { submissionKeys, submissionsApi } from './submissions-api.js';

export function WithdrawButton({
  submissionId,
  onDone,
}: {
  submissionId: string;
  onDone: () => Promise<unknown>;
}) {
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const withdraw = useMutation({
    mutationFn: () => submissionsApi.withdraw(submissionId),
    onSuccess: async () => {
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: submissionKeys.all });
      await onDone();
    },
  });
  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)}>
        Withdraw
      </Button>
      <ConfirmDialog
        open={open}
        title="Withdraw this submission?"
        confirmLabel="Withdraw"
        danger
        busy={withdraw.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => withdraw.mutate()}
      >
        <p>It will no longer be reviewed. Your answers and evidence stay in your account.</p>
        {withdraw.isError ? (
          <Notice tone="error" className="mt-3">
            {errorMessage(withdraw.error)}
          </Notice>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
