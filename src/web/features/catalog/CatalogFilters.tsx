import type { CatalogFacets } from '../../../contracts/catalog.js';
import { GRADE_BANDS, SUBJECTS, TOPICS } from '../../../contracts/micro-credential.js';
import { Button } from '../../components/Button.js';
import { SelectField, TextField, type Option } from '../../components/Field.js';
import { gradeBandLabel } from '../../lib/labels.js';
import { useDebouncedInput } from '../../lib/use-debounced-input.js';
import type { CatalogSearch } from './catalog-search.js';

type FacetKey = 'topic' | 'subject' | 'gradeBand' | 'issuer';

type Props = {
  search: CatalogSearch;
  facets: CatalogFacets | undefined;
  onChange: (patch: Partial<CatalogSearch>) => void;
  onClear: () => void;
};

/** Options for a filter: every known value, with the count the facets give ("Science (4)"). */
function options(
  known: readonly { id: string; label: string }[],
  counts: readonly { id: string; label: string; count: number }[] | undefined,
): Option[] {
  const byId = new Map((counts ?? []).map((c) => [c.id, c]));
  const list = known.length ? known : (counts ?? []);
  return list.map((k) => {
    const count = byId.get(k.id)?.count;
    return { value: k.id, label: count === undefined ? k.label : `${k.label} (${count})` };
  });
}

function CreditInput({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: number | undefined;
  onCommit: (n: number | undefined) => void;
}) {
  const [text, setText] = useDebouncedInput(value === undefined ? '' : String(value), (v) => {
    const n = Number(v);
    onCommit(v.trim() && Number.isFinite(n) && n >= 0 ? n : undefined);
  });
  return (
    <TextField
      label={label}
      type="number"
      inputMode="decimal"
      min={0}
      max={1000}
      step={0.5}
      value={text}
      onChange={(e) => setText(e.target.value)}
    />
  );
}

export function CatalogFilters({ search, facets, onChange, onClear }: Props) {
  const select = (key: FacetKey, label: string, opts: Option[]) => (
    <SelectField
      label={label}
      value={search[key] ?? ''}
      placeholder="Any"
      options={opts}
      onChange={(e) => onChange({ [key]: e.target.value || undefined })}
    />
  );
  return (
    <div className="space-y-4">
      {select('topic', 'Topic', options(TOPICS, facets?.topics))}
      {select('subject', 'Subject', options(SUBJECTS, facets?.subjects))}
      {select(
        'gradeBand',
        'Grade band',
        options(
          GRADE_BANDS.map((b) => ({ id: b, label: gradeBandLabel(b) })),
          facets?.gradeBands,
        ),
      )}
      {select('issuer', 'Issuer', options([], facets?.issuers))}
      <fieldset>
        <legend className="font-medium text-slate-900">Credit hours</legend>
        <div className="mt-1.5 grid grid-cols-2 gap-3">
          <CreditInput
            label="Minimum"
            value={search.minCredit}
            onCommit={(minCredit) => onChange({ minCredit })}
          />
          <CreditInput
            label="Maximum"
            value={search.maxCredit}
            onCommit={(maxCredit) => onChange({ maxCredit })}
          />
        </div>
      </fieldset>
      <Button variant="secondary" className="w-full" onClick={onClear}>
        Clear all filters
      </Button>
    </div>
  );
}
