import { useEffect, useState } from 'react';
import { TextField } from './Field.js';

type Props = {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  hint?: string;
  error?: string | string[] | null;
  min?: number;
  max?: number;
  step?: number;
  required?: boolean;
  className?: string;
};

/** A number input that may be empty while typing; reports null when empty. */
export function NumberField({ value, onChange, step = 1, ...rest }: Props) {
  const [text, setText] = useState(value === null ? '' : String(value));
  useEffect(() => {
    const current = text.trim() === '' ? null : Number(text);
    if (current !== value) setText(value === null ? '' : String(value));
    // Follow outside changes only; our own typing already matches.
  }, [value]);
  return (
    <TextField
      {...rest}
      type="number"
      inputMode={step % 1 === 0 ? 'numeric' : 'decimal'}
      step={step}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const n = e.target.value.trim() === '' ? null : Number(e.target.value);
        onChange(n === null || Number.isFinite(n) ? n : null);
      }}
    />
  );
}
