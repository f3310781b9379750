import type { InputHTMLAttributes } from 'react';
import { Icon } from './Icon.js';

type Props = {
  id: string;
  /** For screen readers: what is searched. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  className?: string;
  inputClassName?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className' | 'type'>;

/** A search box with its magnifier and a label for assistive technology. */
export function SearchInput({
  id,
  label,
  value,
  onChange,
  className = '',
  inputClassName = '',
  ...input
}: Props) {
  return (
    <div className={`relative ${className}`}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <Icon
        name="search"
        className="pointer-events-none absolute top-1/2 left-3 h-5 w-5 -translate-y-1/2 text-slate-500"
      />
      <input
        id={id}
        type="search"
        className={`input pl-10 ${inputClassName}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...input}
      />
    </div>
  );
}
