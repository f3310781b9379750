import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/api-error.js';
import { fieldErrors } from '../../api/field-errors.js';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { Checkbox, TextField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { NumberField } from '../../components/NumberField.js';
import { useUpdateAssessor, type PoolMember } from './assessment-api.js';
import { toAwayDays, toAwayRange, type AwayDays } from './away-period.js';

const MAX_CAPACITY = 200;

/** Capacity, seniority and the away period of one pool member. */
export function AssessorDialog({
  issuerId,
  member,
  onDone,
  onClose,
}: {
  issuerId: string;
  member: PoolMember | null;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const update = useUpdateAssessor(issuerId);
  const [capacity, setCapacity] = useState<number | null>(null);
  const [senior, setSenior] = useState(false);
  const [days, setDays] = useState<AwayDays>({ firstDay: '', lastDay: '' });
  const [errors, setErrors] = useState<{ capacity?: string; away?: string }>({});

  useEffect(() => {
    if (!member) return;
    setCapacity(member.capacity);
    setSenior(member.senior);
    setDays(toAwayDays(member));
    setErrors({});
    update.reset();
    // Reset the form whenever another member is opened.
  }, [member?.id]);

  const save = () => {
    if (!member) return;
    const next: typeof errors = {};
    if (capacity === null || !Number.isInteger(capacity) || capacity < 0 || capacity > MAX_CAPACITY)
      next.capacity = `Enter a whole number of reviews from 0 to ${MAX_CAPACITY}.`;
    const away = toAwayRange(days);
    if (!away.ok) next.away = away.error;
    setErrors(next);
    if (next.capacity || !away.ok) return;
    update.mutate(
      { userId: member.id, body: { capacity: capacity!, senior, ...away.range } },
      {
        onSuccess: (saved) => {
          onDone(`${saved.name}’s settings are saved.`);
          onClose();
        },
      },
    );
  };

  const server = fieldErrors(update.error);
  return (
    <Dialog
      open={member !== null}
      onClose={onClose}
      title={member ? `Edit ${member.name}` : 'Edit assessor'}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={save} busy={update.isPending}>
            Save
          </Button>
        </>
      }
    >
      {member ? (
        <form
          className="space-y-5"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <NumberField
            label="Capacity"
            hint="The most open reviews this assessor is given at once. 0 pauses new assignments."
            min={0}
            max={MAX_CAPACITY}
            value={capacity}
            onChange={setCapacity}
            error={errors.capacity ?? server.capacity}
            className="max-w-xs"
          />
          <Checkbox
            label="Senior assessor"
            description="Seniors adjudicate disagreements between double scorers and decide appeals."
            checked={senior}
            onChange={(e) => setSenior(e.target.checked)}
          />
          <fieldset className="space-y-3">
            <legend className="font-medium text-slate-900">Away period</legend>
            <p className="text-sm text-slate-700">
              No new reviews are assigned on these days. Leave both empty when the assessor is available.
            </p>
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField
                label="First day away"
                type="date"
                value={days.firstDay}
                onChange={(e) => setDays({ ...days, firstDay: e.target.value })}
                aria-invalid={errors.away ? true : undefined}
              />
              <TextField
                label="Last day away"
                type="date"
                min={days.firstDay || undefined}
                value={days.lastDay}
                onChange={(e) => setDays({ ...days, lastDay: e.target.value })}
                error={errors.away ?? server.awayUntil}
              />
            </div>
            {days.firstDay || days.lastDay ? (
              <Button
                variant="ghost"
                size="sm"
                icon="x"
                onClick={() => setDays({ firstDay: '', lastDay: '' })}
              >
                Clear the away period
              </Button>
            ) : null}
          </fieldset>
          {update.isError && !Object.keys(server).length ? (
            <Notice tone="error" title="Not saved">
              {errorMessage(update.error)}
            </Notice>
          ) : null}
        </form>
      ) : null}
    </Dialog>
  );
}
