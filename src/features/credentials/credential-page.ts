import type { VerifyResult } from '../../contracts/credentials.js';
import { html, Html } from '../../server/html.js';

export type CredentialPageInput = {
  title: string;
  description: string;
  criteria: string;
  status: 'valid' | 'revoked' | 'suspended' | 'expired';
  recipientName: string;
  issuedAt: string;
  issuer: { name: string; url: string };
  imageUrl: string;
  pageUrl: string;
  jsonUrl: string;
  alignments: { name: string; url: string }[];
  verification: VerifyResult;
};

const STATUS_TEXT = {
  valid: ['Valid', 'This credential is authentic and in good standing.'],
  revoked: ['Revoked', 'The issuer has revoked this credential.'],
  suspended: ['Suspended', 'The issuer has suspended this credential for now.'],
  expired: ['Expired', 'This credential has passed its expiry date.'],
} as const;

const CHECK_NAMES: Record<string, string> = {
  format: 'Format',
  schema: 'Open Badges 3.0 schema',
  proof: 'Signature',
  issuer: 'Issuer key',
  dates: 'Dates',
  status: 'Revocation status',
  trust: 'Trusted issuer',
};

const STYLE = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#0f172a;background:#f8fafc}
body{margin:0}a{color:#1d4ed8}main{max-width:860px;margin:0 auto;padding:24px 16px 48px}
header.top{background:#fff;border-bottom:1px solid #e2e8f0;padding:12px 24px;display:flex;align-items:center;justify-content:space-between;gap:16px;flex-wrap:wrap}header.top a{color:#0f172a;text-decoration:none}.brand{font-weight:700;font-size:1.2rem;display:flex;align-items:center;gap:10px}.logo{background:#1e3a8a;color:#fff;border-radius:8px;width:32px;height:32px;display:inline-flex;align-items:center;justify-content:center;font-size:1rem}header.top nav{display:flex;gap:18px}header.top nav a{color:#334155}
.card{background:#fff;border:1px solid #e2e8f0;border-radius:16px;padding:24px;margin-top:16px}
.hero{display:flex;gap:24px;align-items:center;flex-wrap:wrap}.hero img{width:160px;height:160px}
h1{font-size:1.75rem;margin:.25rem 0}.muted{color:#475569}
.status{display:inline-flex;align-items:center;gap:8px;font-weight:700;border-radius:999px;padding:6px 14px}
.valid{background:#dcfce7;color:#14532d}.revoked,.suspended,.expired,.invalid{background:#fee2e2;color:#7f1d1d}
ul.checks{list-style:none;padding:0;margin:0}ul.checks li{display:flex;gap:12px;padding:10px 0;border-top:1px solid #e2e8f0}
ul.checks li:first-child{border-top:0}.mark{font-weight:700;min-width:5.5rem}.ok{color:#166534}.bad{color:#b91c1c}
pre{white-space:pre-wrap;font-family:inherit;margin:0}.actions{display:flex;gap:12px;flex-wrap:wrap;margin-top:16px}
.btn{display:inline-block;border:1px solid #cbd5e1;border-radius:10px;padding:10px 14px;text-decoration:none;color:#0f172a;background:#fff;font-weight:600}
.btn:focus,a:focus{outline:3px solid #2563eb;outline-offset:2px}
`;

/** The public page of a credential: readable without JavaScript, and previews well when shared. */
export function renderCredentialPage(p: CredentialPageInput): Html {
  const verified = p.verification.verified && p.status === 'valid';
  const [label, sentence] = verified
    ? STATUS_TEXT.valid
    : p.status === 'valid'
      ? (['Not verified', 'One or more checks failed; see below.'] as const)
      : STATUS_TEXT[p.status];
  const date = new Date(p.issuedAt).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${p.title} — ${p.recipientName} | microcred</title>
        <meta name="description" content="${p.recipientName} earned “${p.title}” from ${p.issuer.name}." />
        <meta property="og:type" content="website" />
        <meta property="og:title" content="${p.title}" />
        <meta
          property="og:description"
          content="${p.recipientName} earned this micro-credential from ${p.issuer.name} on ${date}."
        />
        <meta property="og:image" content="${p.imageUrl}" />
        <meta property="og:url" content="${p.pageUrl}" />
        <meta name="twitter:card" content="summary" />
        <link rel="alternate" type="application/ld+json" href="${p.jsonUrl}" />
        <style>
          ${new Html(STYLE)}
        </style>
      </head>
      <body>
        <header class="top">
          <a href="/" class="brand"><span class="logo" aria-hidden="true">✓</span>microcred</a>
          <nav aria-label="Site"><a href="/">Catalog</a><a href="/verify">Verify a credential</a></nav>
        </header>
        <main id="main">
          <section class="card hero" aria-labelledby="title">
            <img src="${p.imageUrl}" alt="${p.title} badge" />
            <div>
              <p class="muted">Micro-credential earned by</p>
              <p style="font-size:1.25rem;font-weight:700;margin:0">${p.recipientName}</p>
              <h1 id="title">${p.title}</h1>
              <p class="muted">
                Issued by <a href="${p.issuer.url}">${p.issuer.name}</a> on
                <time datetime="${p.issuedAt}">${date}</time>
              </p>
              <p>
                <span
                  class="status ${verified ? 'valid' : p.status === 'valid' ? 'invalid' : p.status}"
                  role="status"
                  >${verified ? '✓' : '✗'} ${label}</span
                >
              </p>
              <p>${sentence}</p>
            </div>
          </section>
          <section class="card" aria-labelledby="checks">
            <h2 id="checks">Verification checks</h2>
            <ul class="checks">
              ${p.verification.checks.map(
                (c) =>
                  html`<li>
                    <span class="mark ${c.valid ? 'ok' : 'bad'}">${c.valid ? '✓ Passed' : '✗ Failed'}</span
                    ><span
                      ><strong>${CHECK_NAMES[c.id] ?? c.id}</strong><br /><span class="muted"
                        >${c.message}</span
                      ></span
                    >
                  </li>`,
              )}
            </ul>
          </section>
          <section class="card" aria-labelledby="what">
            <h2 id="what">What was demonstrated</h2>
            <p>${p.description}</p>
            <pre>${p.criteria}</pre>
            ${
              p.alignments.length
                ? html`<h3>Aligned to</h3>
                    <ul>
                      ${p.alignments.map((a) => html`<li><a href="${a.url}">${a.name}</a></li>`)}
                    </ul>`
                : ''
            }
          </section>
          <div class="actions">
            <a class="btn" href="${p.jsonUrl}" download>Download credential (JSON)</a>
            <a class="btn" href="/verify">Verify another credential</a>
          </div>
        </main>
      </body>
    </html>`;
}
