import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { Icon } from './Icon.js';

/** What a control needs to be tied to its label, hint and error. */
export type FieldControlProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  required?: boolean;
};

type FieldProps = {
  label: ReactNode;
  hint?: ReactNode;
  /** One message or several (e.g. the API's problems for this field). */
  error?: string | string[] | null;
  required?: boolean;
  /** Shown after the control (a word count, a character count). */
  footer?: ReactNode;
  className?: string;
  /** The control's id, when something else must point at it; generated otherwise. */
  id?: string;
  children: (control: FieldControlProps) => ReactNode;
};

/** A labelled form field: label, hint, control, errors — wired with ids for assistive technology. */
export function Field({
  label,
  hint,
  error,
  required,
  footer,
  className = '',
  id: givenId,
  children,
}: FieldProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const errors = (Array.isArray(error) ? error : error ? [error] : []).filter(Boolean);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const footerId = footer ? `${id}-footer` : undefined;
  const describedBy = [hintId, errorId, footerId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium text-slate-900">
        {label}
        {required ? <span className="ml-1 text-sm font-normal text-slate-600">(required)</span> : null}
      </label>
      {hint ? (
        <div id={hintId} className="mt-0.5 text-sm text-slate-600">
          {hint}
        </div>
      ) : null}
      <div className="mt-1.5">
        {children({
          id,
          'aria-describedby': describedBy,
          'aria-invalid': errors.length ? true : undefined,
          required,
        })}
      </div>
      {footer ? (
        <div id={footerId} className="mt-1">
          {footer}
        </div>
      ) : null}
      {errors.length ? (
        <div id={errorId} className="mt-1 space-y-0.5">
          {errors.map((message, i) => (
            <p key={i} className="flex items-start gap-1 text-sm font-medium text-red-800">
              <Icon name="alert" className="mt-0.5 h-4 w-4" />
              <span>{message}</span>
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}

type Common = Omit<FieldProps, 'children'>;
const COMMON_KEYS = ['label', 'hint', 'error', 'required', 'footer', 'className', 'id'] as const;

/** Splits a field component's props into the Field's own and the control's. */
function splitField<T extends Common>(props: T): [Common, Omit<T, keyof Common>] {
  const field: Record<string, unknown> = {};
  const control: Record<string, unknown> = { ...props };
  for (const key of COMMON_KEYS) {
    field[key] = props[key];
    delete control[key];
  }
  return [field as Common, control as Omit<T, keyof Common>];
}

export function TextField(props: Common & InputHTMLAttributes<HTMLInputElement>) {
  const [field, input] = splitField(props);
  return <Field {...field}>{(control) => <input className="input" {...input} {...control} />}</Field>;
}

export function TextAreaField(
  props: Common &
    TextareaHTMLAttributes<HTMLTextAreaElement> & {
      /** Grow with the text (long answers) instead of scrolling inside the box. */
      grow?: boolean;
    },
) {
  const [field, { rows = 5, grow = false, ...input }] = splitField(props);
  return (
    <Field {...field}>
      {(control) => (
        <textarea
          className={`input leading-relaxed ${grow ? 'max-h-[80vh] min-h-48 [field-sizing:content]' : ''}`}
          rows={rows}
          {...input}
          {...control}
        />
      )}
    </Field>
  );
}

export type Option = { value: string; label: string };

export function SelectField(
  props: Common &
    SelectHTMLAttributes<HTMLSelectElement> & { options: readonly Option[]; placeholder?: string },
) {
  const [field, { options, placeholder, ...select }] = splitField(props);
  return (
    <Field {...field}>
      {(control) => (
        <select className="input" {...select} {...control}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A checkbox with its label beside it and an optional description below. */
export function Checkbox({
  label,
  description,
  className = '',
  ...input
}: { label: ReactNode; description?: ReactNode; className?: string } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type'
>) {
  const id = useId();
  return (
    <div className={`flex items-start gap-3 ${className}`}>
      <input
        id={id}
        type="checkbox"
        className="mt-1 h-5 w-5 shrink-0 rounded border-slate-400 accent-brand-800"
        aria-describedby={description ? `${id}-desc` : undefined}
        {...input}
      />
      <div>
        <label htmlFor={id} className="font-medium text-slate-900">
          {label}
        </label>
        {description ? (
          <div id={`${id}-desc`} className="text-sm text-slate-700">
            {description}
          </div>
        ) : null}
      </div>
    </div>
  );
}
