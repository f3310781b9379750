import { PUBLIC_SUMMARY_MAX } from '../../../contracts/submissions.js';
import { TextAreaField } from '../../components/Field.js';
import { Icon } from '../../components/Icon.js';
import { CharacterCount } from './CharacterCount.js';

/** The label as shown: as strong as the sections around it, with "(optional)" quieter. */
const label = (
  <span className="font-semibold">
    Public summary of your evidence <span className="font-normal text-slate-600">(optional)</span>
  </span>
);

/** Why this text is different from everything else the educator submits. */
function Hint() {
  return (
    <span className="block space-y-1">
      <span className="flex items-start gap-1.5">
        <Icon name="eye" className="mt-0.5 h-4 w-4 shrink-0" />
        <span>
          If you earn this credential, this text appears on its public page, where anyone with the link can
          read it.
        </span>
      </span>
      <span className="flex items-start gap-1.5">
        <Icon name="shield" className="mt-0.5 h-4 w-4 shrink-0" />
        <span>
          Do not include student names or other identifying details. Your evidence itself stays private: only
          assessors and the issuer see it.
        </span>
      </span>
    </span>
  );
}

/**
 * An optional short account of the evidence that the credential carries publicly (as its
 * `evidence` narrative). Autosaved with the rest of the draft; the browser stops typing at the
 * server's limit so a save can never be refused for length.
 */
export function PublicSummaryField({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextAreaField
      id="public-summary"
      label={label}
      hint={<Hint />}
      rows={6}
      grow
      maxLength={PUBLIC_SUMMARY_MAX}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      footer={<CharacterCount length={value.length} max={PUBLIC_SUMMARY_MAX} />}
      spellCheck
    />
  );
}

type Visibility = 'public' | 'if-earned' | 'not-public';

const VISIBILITY: Record<Visibility, string> = {
  public: 'Shown on your credential’s public page.',
  'if-earned': 'Will appear on your credential’s public page if you earn it.',
  'not-public': 'Not public: a summary is published only with an earned credential.',
};

/** The summary as sent, once the attempt can no longer be edited. */
export function PublicSummaryView({ text, visibility }: { text: string; visibility: Visibility }) {
  return (
    <section aria-labelledby="public-summary-h" className="mb-6">
      <h3 id="public-summary-h" className="text-lg font-semibold">
        Public summary of your evidence
      </h3>
      <p className="mt-0.5 flex items-start gap-1.5 text-sm text-slate-600">
        <Icon name="eye" className="mt-0.5 h-4 w-4 shrink-0" />
        {VISIBILITY[visibility]}
      </p>
      <p className="prose-text mt-2 rounded-md border border-slate-200 bg-white p-3 whitespace-pre-line">
        {text}
      </p>
    </section>
  );
}
