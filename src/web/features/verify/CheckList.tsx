import type { VerifyResult } from '../../../contracts/credentials.js';
import { Icon } from '../../components/Icon.js';

const CHECK_NAMES: Record<string, string> = {
  format: 'Format',
  schema: 'Data format',
  proof: 'Signature',
  issuer: 'Issuer key',
  dates: 'Dates',
  status: 'Revocation status',
};

const checkName = (id: string) => CHECK_NAMES[id] ?? id.charAt(0).toUpperCase() + id.slice(1);

/** The verdict and each check, each with an icon and the words "passed" / "failed" — not color alone. */
export function CheckList({ result }: { result: VerifyResult }) {
  return (
    <div className="space-y-4">
      <div
        className={`flex items-center gap-3 rounded-lg border p-4 ${result.verified ? 'border-emerald-300 bg-emerald-50 text-emerald-950' : 'border-red-300 bg-red-50 text-red-950'}`}
      >
        <span
          className={`flex h-10 w-10 items-center justify-center rounded-full text-white ${result.verified ? 'bg-emerald-700' : 'bg-red-700'}`}
        >
          <Icon name={result.verified ? 'check' : 'x'} className="h-6 w-6" />
        </span>
        <div>
          <p className="text-lg font-semibold">{result.verified ? 'Verified' : 'Not verified'}</p>
          <p>
            {result.verified
              ? 'Every check passed: this credential is authentic and in good standing.'
              : 'At least one check failed. Details below.'}
          </p>
        </div>
      </div>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {result.checks.map((c) => (
          <li key={c.id} className="flex items-start gap-3 p-4">
            <Icon
              name={c.valid ? 'check' : 'x'}
              className={`mt-0.5 h-5 w-5 ${c.valid ? 'text-emerald-700' : 'text-red-700'}`}
            />
            <div className="min-w-0">
              <p className="font-semibold text-slate-900">
                {checkName(c.id)}:{' '}
                <span className={c.valid ? 'text-emerald-800' : 'text-red-800'}>
                  {c.valid ? 'passed' : 'failed'}
                </span>
              </p>
              <p className="text-slate-700 [overflow-wrap:anywhere]">{c.message}</p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
