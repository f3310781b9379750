import type { OrganizationView } from '../../../contracts/orgs.js';
import { SelectField } from '../../components/Field.js';
import { orgOptions } from '../admin/admin-api.js';

const FUNDERS = new Set(['state', 'district', 'school']);

/** States, districts and schools the admin looks after: the organizations that fund or assign. */
export const funderOrgs = (orgs: readonly OrganizationView[]) => orgs.filter((o) => FUNDERS.has(o.kind));

/** The widest organization the admin looks after: their state, else their district, else a school. */
export function defaultOrg(orgs: readonly OrganizationView[]): OrganizationView | undefined {
  const list = funderOrgs(orgs);
  return list.find((o) => o.kind === 'state') ?? list.find((o) => o.kind === 'district') ?? list[0];
}

export function OrgPicker({
  orgs,
  value,
  onChange,
  label = 'Organization',
}: {
  orgs: readonly OrganizationView[];
  value: string;
  onChange: (id: string) => void;
  label?: string;
}) {
  return (
    <SelectField
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      options={orgOptions(funderOrgs(orgs))}
      className="max-w-md"
    />
  );
}
