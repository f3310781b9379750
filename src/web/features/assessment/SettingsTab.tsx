import { RetentionSetting } from '../privacy/RetentionSetting.js';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.js';
import { fieldErrors } from '../../api/field-errors.js';
import { Button } from '../../components/Button.js';
import { SelectField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { NumberField } from '../../components/NumberField.js';
import { ProblemList } from '../../components/ProblemList.js';
import { QueryState } from '../../components/QueryState.js';
import { PageSkeleton } from '../../components/Skeleton.js';
import { useAssessmentSettings, useSaveSettings, type AssessmentSettings } from './assessment-api.js';
import { HolidaysEditor } from './HolidaysEditor.js';
import {
  NUMBER_RULES,
  toDraft,
  validateSettings,
  type SettingsDraft,
  type SettingsErrors,
} from './settings-form.js';

type NumberKey = keyof typeof NUMBER_RULES;

const FIELD_TEXT: Record<NumberKey, { label: string; hint: string }> = {
  slaBusinessDays: {
    label: 'Turnaround promise (business days)',
    hint: 'A review is due this many business days after it is assigned.',
  },
  graceBusinessDays: {
    label: 'Grace period (business days)',
    hint: 'How long an overdue review stays with its assessor before it is reassigned automatically.',
  },
  doubleScorePercent: {
    label: 'Share of attempts double-scored (%)',
    hint: 'Picked at random; two assessors score each independently.',
  },
  doubleScoreFirst: {
    label: 'Double-score the first decisions of a new micro-credential',
    hint: 'Every attempt is double-scored until a newly published micro-credential has this many decisions.',
  },
  calibrationMinPercent: {
    label: 'Calibration threshold (%)',
    hint: 'The agreement with the anchors an assessor needs to qualify.',
  },
  recalibrationBelowPercent: {
    label: 'Recalibrate below (%)',
    hint: 'An assessor whose agreement drifts below this calibrates again.',
  },
  minNotYetFeedback: {
    label: 'Minimum “not yet” feedback (characters)',
    hint: 'Written feedback each criterion scored “not yet” must have.',
  },
};

function NumberInput({
  name,
  draft,
  errors,
  onChange,
}: {
  name: NumberKey;
  draft: SettingsDraft;
  errors: SettingsErrors;
  onChange: (value: number | null) => void;
}) {
  const rule = NUMBER_RULES[name];
  return (
    <NumberField
      label={FIELD_TEXT[name].label}
      hint={`${FIELD_TEXT[name].hint} From ${rule.min} to ${rule.max}.`}
      min={rule.min}
      max={rule.max}
      required
      value={draft[name]}
      onChange={onChange}
      error={errors[name]}
    />
  );
}

function SettingsForm({ issuerId, saved }: { issuerId: string; saved: AssessmentSettings }) {
  const save = useSaveSettings(issuerId);
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(saved));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [done, setDone] = useState(false);
  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => {
    setDone(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const server = fieldErrors(save.error);
  const shown: SettingsErrors = { ...errors };
  for (const [key, messages] of Object.entries(server)) {
    if (key in draft && messages[0]) shown[key as keyof SettingsErrors] ??= messages[0];
  }
  const submit = () => {
    const result = validateSettings(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    save.mutate(result.value, {
      onSuccess: (next) => {
        setDraft(toDraft(next));
        setDone(true);
      },
    });
  };
  const labelOf = (key: string) =>
    key in FIELD_TEXT
      ? FIELD_TEXT[key as NumberKey].label
      : key === 'holidays'
        ? 'Holidays'
        : 'Resubmissions';
  const problems = Object.entries(shown).map(([key, message]) => ({ path: labelOf(key), message: message! }));
  const number = (name: NumberKey) => (
    <NumberInput name={name} draft={draft} errors={shown} onChange={(v) => set(name, v)} />
  );
  return (
    <form
      noValidate
      className="max-w-3xl space-y-8"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold text-slate-900">Turnaround</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {number('slaBusinessDays')}
          {number('graceBusinessDays')}
        </div>
        <HolidaysEditor value={draft.holidays} onChange={(h) => set('holidays', h)} error={shown.holidays} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold text-slate-900">Double scoring</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {number('doubleScorePercent')}
          {number('doubleScoreFirst')}
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold text-slate-900">Calibration</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {number('calibrationMinPercent')}
          {number('recalibrationBelowPercent')}
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold text-slate-900">Resubmissions and feedback</legend>
        <SelectField
          label="A resubmission goes to"
          hint="“The same assessor” means whoever scored the attempt before; another is chosen when they are not free."
          value={draft.resubmissionRouting}
          onChange={(e) => set('resubmissionRouting', e.target.value === 'other' ? 'other' : 'same')}
          options={[
            { value: 'same', label: 'The same assessor, when possible' },
            { value: 'other', label: 'A different assessor' },
          ]}
          error={shown.resubmissionRouting}
        />
        {number('minNotYetFeedback')}
      </fieldset>
      <div className="space-y-3">
        {problems.length ? <ProblemList problems={problems} title="Fix these to save" /> : null}
        {save.isError && !Object.keys(server).length ? (
          <Notice tone="error" title="Not saved">
            {errorMessage(save.error)}
          </Notice>
        ) : null}
        <div aria-live="polite">
          {done ? <Notice tone="success">Settings saved. They apply from now on.</Notice> : null}
        </div>
        <Button type="submit" busy={save.isPending}>
          Save settings
        </Button>
      </div>
    </form>
  );
}

/** How this issuer runs assessment: turnaround promise, double scoring, calibration, feedback. */
export function SettingsTab({ issuerId }: { issuerId: string }) {
  const settings = useAssessmentSettings(issuerId);
  return (
    <>
      <QueryState query={settings} loading={<PageSkeleton label="Loading settings…" />}>
        {(saved) => <SettingsForm issuerId={issuerId} saved={saved} />}
      </QueryState>
      <RetentionSetting orgId={issuerId} />
    </>
  );
}
