import { SelectField } from '../../components/Field.js';
import { useIssuerMicroCredentials } from './assessment-api.js';

/** Picks one of the issuer's published micro-credentials. */
export function MicroCredentialSelect({
  issuerId,
  value,
  onChange,
  label = 'Micro-credential',
  className = 'max-w-md',
}: {
  issuerId: string;
  value: string;
  onChange: (mcId: string) => void;
  label?: string;
  className?: string;
}) {
  const list = useIssuerMicroCredentials(issuerId);
  return (
    <SelectField
      label={label}
      className={className}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      placeholder={list.isPending ? 'Loading…' : 'Choose a micro-credential'}
      options={list.items.map((m) => ({ value: m.id, label: m.title }))}
      error={list.isError ? 'The micro-credentials could not be loaded.' : null}
      hint={
        !list.isPending && !list.isError && !list.items.length
          ? 'Publish a micro-credential first.'
          : undefined
      }
    />
  );
}
