import type { MeView } from '../../../contracts/auth.js';
import { SelectField } from '../../components/Field.js';

type Membership = MeView['memberships'][number];

/** For people who administer several issuers: which one the page shows. Nothing for one. */
export function IssuerPicker({
  issuers,
  value,
  onChange,
}: {
  issuers: Membership[];
  value: string;
  onChange: (issuerId: string) => void;
}) {
  if (issuers.length < 2) return null;
  return (
    <SelectField
      label="Issuer"
      className="mb-4 max-w-md"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      options={issuers.map((m) => ({ value: m.orgId, label: m.orgName }))}
    />
  );
}
