import { NumberField } from '../../../components/NumberField.js';
import { EditorSection } from '../EditorSection.js';
import { problemsAt } from '../problems.js';
import type { SectionProps } from './section-props.js';

const KEYS = ['estimatedHours', 'creditHours', 'priceCents', 'maxAttempts', 'validityMonths'];

export function CreditSection({ form, update, problems }: SectionProps) {
  const at = (p: string) => problemsAt(problems, p);
  return (
    <EditorSection
      id="sec-credit"
      title="Hours, credit, attempts & validity"
      problemCount={KEYS.flatMap(at).length}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField
          label="Estimated effort (hours)"
          hint="How long a typical educator spends."
          required
          min={0.5}
          max={200}
          step={0.5}
          value={form.estimatedHours}
          onChange={(estimatedHours) => update((f) => ({ ...f, estimatedHours }))}
          error={at('estimatedHours')}
        />
        <NumberField
          label="Credit (hours)"
          hint="Toward license renewal; 0 if none."
          required
          min={0}
          max={200}
          step={0.5}
          value={form.creditHours}
          onChange={(creditHours) => update((f) => ({ ...f, creditHours }))}
          error={at('creditHours')}
        />
        <NumberField
          label="Price (US dollars)"
          hint="0 makes it free."
          min={0}
          max={10000}
          step={0.01}
          value={form.priceCents / 100}
          onChange={(dollars) => update((f) => ({ ...f, priceCents: Math.round((dollars ?? 0) * 100) }))}
          error={at('priceCents')}
        />
        <NumberField
          label="Attempts allowed"
          hint="Commonly 3."
          min={1}
          max={10}
          value={form.maxAttempts}
          onChange={(n) => update((f) => ({ ...f, maxAttempts: n ?? 1 }))}
          error={at('maxAttempts')}
        />
        <NumberField
          label="Valid for (months)"
          hint="How long an earned credential stays valid, 1–120 months; the educator is offered renewal in its last 60 days. Leave empty if it never expires. Applies to credentials issued from the next published version."
          min={1}
          max={120}
          value={form.validityMonths}
          onChange={(validityMonths) => update((f) => ({ ...f, validityMonths }))}
          error={at('validityMonths')}
        />
      </div>
    </EditorSection>
  );
}
