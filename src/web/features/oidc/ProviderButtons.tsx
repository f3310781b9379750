import type { OidcKind, PublicProviderView } from '../../../contracts/oidc.js';
import { buttonClass } from '../../components/Button.js';
import { Icon } from '../../components/Icon.js';
import { startUrl } from './oidc-api.js';

const KIND_LABEL: Record<OidcKind, string> = {
  google: 'Google',
  microsoft: 'Microsoft',
  clever: 'Clever',
  classlink: 'ClassLink',
  oidc: 'single sign-on',
};

export const kindLabel = (kind: OidcKind) => KIND_LABEL[kind];

/**
 * One "Sign in with …" link per provider: a full page load, since the server sends the browser on
 * to the provider. `link` links the account to the signed-in person instead of signing in.
 */
export function ProviderButtons({
  providers,
  next,
  link = false,
  verb = 'Sign in with',
}: {
  providers: readonly PublicProviderView[];
  next?: string;
  link?: boolean;
  verb?: string;
}) {
  return (
    <ul className="grid gap-2">
      {providers.map((p) => (
        <li key={p.slug}>
          <a
            href={startUrl(p.slug, { next, link })}
            className={buttonClass('secondary', 'md', 'w-full min-h-11 justify-start gap-3')}
          >
            <Icon name={link ? 'link' : 'key'} className="h-5 w-5 shrink-0 text-brand-800" />
            <span className="min-w-0">
              {verb} {p.name}
              {p.name.toLowerCase().includes(KIND_LABEL[p.kind].toLowerCase()) ? null : (
                <span className="text-slate-600"> ({KIND_LABEL[p.kind]})</span>
              )}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
