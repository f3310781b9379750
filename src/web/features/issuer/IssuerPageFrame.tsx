import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { MeView } from '../../../contracts/auth.js';
import { buttonClass } from '../../components/Button.js';
import { Icon, type IconName } from '../../components/Icon.js';
import { PageHeader } from '../../components/PageHeader.js';
import { IssuerPicker } from './IssuerPicker.js';
import { chooseIssuer } from './issuer-search.js';

type OtherPage = {
  to: '/issuer/keys' | '/issuer/credentials' | '/issuer/assessment' | '/issuer/audit';
  label: string;
  icon: IconName;
};

/**
 * What every issuer-admin page shares: its header (naming the issuer), a link to the other issuer
 * page, and the issuer picker for people who administer several. `children` gets the issuer shown.
 */
export function IssuerPageFrame(props: {
  me: MeView;
  /** The issuer named in the URL, if any. */
  selected: string | undefined;
  onSelect: (issuerId: string) => void;
  title: string;
  describe: (issuerName: string) => string;
  other: OtherPage;
  children: (issuerId: string) => ReactNode;
}) {
  const { issuers, current } = chooseIssuer(props.me, props.selected);
  if (!current) return null;
  return (
    <>
      <PageHeader
        title={props.title}
        description={props.describe(current.orgName)}
        actions={
          <Link to={props.other.to} search={{ issuer: current.orgId }} className={buttonClass('secondary')}>
            <Icon name={props.other.icon} className="h-4 w-4" /> {props.other.label}
          </Link>
        }
      />
      <IssuerPicker issuers={issuers} value={current.orgId} onChange={props.onSelect} />
      {props.children(current.orgId)}
    </>
  );
}
