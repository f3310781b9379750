import { useId, useState } from 'react';
import { Button } from '../../components/Button.js';
import { Icon } from '../../components/Icon.js';
import { formatDate } from '../../lib/format.js';
import { addHoliday, isDay } from './settings-form.js';

/** A date as a long, unambiguous name ("Dec 25, 2026"), read as a calendar day in UTC. */
const dayName = (day: string) => (isDay(day) ? formatDate(`${day}T12:00:00Z`) : day);

/** The days (besides weekends) that do not count toward the turnaround promise. */
export function HolidaysEditor({
  value,
  onChange,
  error,
}: {
  value: readonly string[];
  onChange: (next: string[]) => void;
  error?: string;
}) {
  const id = useId();
  const [day, setDay] = useState('');
  const [dayError, setDayError] = useState<string | null>(null);
  const add = () => {
    if (!isDay(day)) {
      setDayError('Choose a date to add.');
      return;
    }
    setDayError(null);
    onChange(addHoliday(value, day));
    setDay('');
  };
  const message = dayError ?? error;
  return (
    <fieldset aria-describedby={`${id}-hint${message ? ` ${id}-error` : ''}`}>
      <legend className="font-medium text-slate-900">Holidays</legend>
      <p id={`${id}-hint`} className="mt-0.5 text-sm text-slate-600">
        Days that do not count toward due dates, besides Saturdays and Sundays.
      </p>
      <div className="mt-2 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={`${id}-day`} className="block text-sm font-medium text-slate-900">
            Date
          </label>
          <input
            id={`${id}-day`}
            type="date"
            className="input mt-1"
            value={day}
            aria-invalid={dayError ? true : undefined}
            onChange={(e) => setDay(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </div>
        <Button variant="secondary" icon="plus" onClick={add}>
          Add holiday
        </Button>
      </div>
      {message ? (
        <p id={`${id}-error`} className="mt-1 flex items-start gap-1 text-sm font-medium text-red-800">
          <Icon name="alert" className="mt-0.5 h-4 w-4" />
          {message}
        </p>
      ) : null}
      {value.length ? (
        <ul className="mt-3 flex flex-wrap gap-2" aria-label="Holidays">
          {value.map((d) => (
            <li
              key={d}
              className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-3 text-sm text-slate-900 ring-1 ring-slate-300"
            >
              <time dateTime={d}>{dayName(d)}</time>
              <button
                type="button"
                className="rounded-full p-1 text-slate-700 hover:bg-slate-200 hover:text-slate-900"
                aria-label={`Remove ${dayName(d)}`}
                onClick={() => onChange(value.filter((x) => x !== d))}
              >
                <Icon name="x" className="h-3.5 w-3.5" />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-slate-700">No holidays listed.</p>
      )}
    </fieldset>
  );
}
