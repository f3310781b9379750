import { Icon } from '../../../components/Icon.js';
import { NumberField } from '../../../components/NumberField.js';
import type { WordRangeForm } from '../draft-form.js';

type Props = {
  legend: string;
  value: WordRangeForm;
  onChange: (value: WordRangeForm) => void;
  /** Problems about the range as a whole (min above max) or either bound. */
  errors: string[];
  max?: number;
  unit?: string;
};

/** A minimum and maximum side by side (word ranges, artifact counts). */
export function RangeFields({ legend, value, onChange, errors, max = 5000, unit }: Props) {
  return (
    <fieldset>
      <legend className="font-medium text-slate-900">{legend}</legend>
      <div className="mt-1.5 grid max-w-sm grid-cols-2 gap-3">
        <NumberField
          label={`Minimum${unit ? ` ${unit}` : ''}`}
          min={0}
          max={max}
          value={value.min}
          onChange={(n) => onChange({ ...value, min: n ?? 0 })}
        />
        <NumberField
          label={`Maximum${unit ? ` ${unit}` : ''}`}
          min={1}
          max={max}
          value={value.max}
          onChange={(n) => onChange({ ...value, max: n ?? 0 })}
        />
      </div>
      {errors.length ? (
        <p className="mt-1 flex items-start gap-1 text-sm font-medium text-red-800">
          <Icon name="alert" className="mt-0.5 h-4 w-4" />
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
