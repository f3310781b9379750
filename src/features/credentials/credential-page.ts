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
  validUntil: string | null;
  /** The issuer's reason, shown when the credential is revoked or suspended. */
  statusReason: string | null;
  /** What the earner chose to publish about their evidence. */
  evidenceSummary: string | null;
  /** Downloads: the credential as issued (JSON, VC-JWT), baked images, Open Badges 2.0. */
  files: { json: string; jwt: string | null; png: string; svg: string; ob2: string };
  linkedInUrl: string;
  /** An inline SVG QR code of the page's address. */
  qrSvg: string;
  alignments: { name: string; url: string }[];
  /** A pathway's stacked credential: the earned micro-credentials it stacks, by their public pages. */
  parts?: { name: string; url: string }[];
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

const longDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });

/** Copies the page address; without JavaScript the address stays selectable in the text field. */
export const CREDENTIAL_PAGE_SCRIPT_PATH = '/credential-page.js';
export const CREDENTIAL_PAGE_SCRIPT = `document.getElementById('copy')?.addEventListener('click',async()=>{const f=document.getElementById('link');try{await navigator.clipboard.writeText(f.value);document.getElementById('copied').textContent='Link copied.'}catch{f.select()}});`;

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
ul.checks li:first-child{border-top:0}ul.checks li>span:last-child{min-width:0;overflow-wrap:anywhere}.mark{font-weight:700;min-width:5.5rem}.ok{color:#166534}.bad{color:#b91c1c}
pre{white-space:pre-wrap;font-family:inherit;margin:0}.actions{display:flex;gap:12px;flex-wrap:wrap;margin-top:16px}
.btn{display:inline-block;border:1px solid #cbd5e1;border-radius:10px;padding:10px 14px;text-decoration:none;color:#0f172a;background:#fff;font-weight:600}
.btn:focus,a:focus,button:focus,input:focus{outline:3px solid #2563eb;outline-offset:2px}
.share{display:grid;gap:16px;grid-template-columns:1fr}@media(min-width:640px){.share{grid-template-columns:1fr 180px}}
.qr svg{width:160px;height:160px}.copy{display:flex;gap:8px;flex-wrap:wrap}.copy input{flex:1;min-width:0;font:inherit;padding:10px;border:1px solid #94a3b8;border-radius:10px}
button.btn{cursor:pointer;font:inherit;font-weight:600}.linkedin{background:#0a66c2;color:#fff;border-color:#0a66c2}
`;

/** The public page of a credential: readable without JavaScript, and previews well when shared. */
export function renderCredentialPage(p: CredentialPageInput): Html {
  const verified = p.verification.verified && p.status === 'valid';
  const [label, sentence] = verified
    ? STATUS_TEXT.valid
    : p.status === 'valid'
      ? (['Not verified', 'One or more checks failed; see below.'] as const)
      : STATUS_TEXT[p.status];
  const date = longDate(p.issuedAt);
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${p.title} — ${p.recipientName} | microcred</title>
        <meta name="description" content="${p.recipientName} earned “${p.title}” from ${p.issuer.name}." />
        <meta property="og:type" content="website" />
        <meta property="og:title" content="${p.title}" />
        <meta property="og:site_name" content="microcred" />
        <meta
          property="og:description"
          content="${p.recipientName} earned this micro-credential from ${p.issuer.name} on ${date}."
        />
        <meta property="og:image" content="${p.imageUrl}" />
        <meta property="og:url" content="${p.pageUrl}" />
        <meta name="twitter:card" content="summary" />
        <link rel="alternate" type="application/vc+ld+json" href="${p.files.json}" />
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
                <time datetime="${p.issuedAt}">${date}</time>${
                  p.validUntil
                    ? html`; ${p.status === 'expired' ? 'expired' : 'valid until'}
                        <time datetime="${p.validUntil}">${longDate(p.validUntil)}</time>`
                    : ''
                }
              </p>
              <p>
                <span
                  class="status ${verified ? 'valid' : p.status === 'valid' ? 'invalid' : p.status}"
                  role="status"
                  >${verified ? '✓' : '✗'} ${label}</span
                >
              </p>
              <p>${sentence}</p>
              ${
                p.statusReason && (p.status === 'revoked' || p.status === 'suspended')
                  ? html`<p><strong>Reason given by the issuer:</strong> ${p.statusReason}</p>`
                  : ''
              }
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
              p.evidenceSummary
                ? html`<h3>The earner's summary of their evidence</h3>
                    <p>${p.evidenceSummary}</p>
                    <p class="muted">
                      The evidence itself was reviewed by a trained assessor and is not public.
                    </p>`
                : ''
            }
            ${
              p.parts?.length
                ? html`<h3>The earned micro-credentials it stacks</h3>
                    <ul>
                      ${p.parts.map((a) => html`<li><a href="${a.url}">${a.name}</a></li>`)}
                    </ul>`
                : ''
            }
            ${
              p.alignments.length
                ? html`<h3>Aligned to</h3>
                    <ul>
                      ${p.alignments.map((a) => html`<li><a href="${a.url}">${a.name}</a></li>`)}
                    </ul>`
                : ''
            }
          </section>
          <section class="card" aria-labelledby="share">
            <h2 id="share">Share and download</h2>
            <div class="share">
              <div>
                <label for="link"><strong>Link to this page</strong></label>
                <div class="copy">
                  <input id="link" type="text" readonly value="${p.pageUrl}" />
                  <button type="button" class="btn" id="copy">Copy link</button>
                </div>
                <p id="copied" role="status" class="muted"></p>
                <div class="actions">
                  <a class="btn linkedin" href="${p.linkedInUrl}" rel="noopener" target="_blank"
                    >Add to LinkedIn profile</a
                  >
                </div>
                <h3>Downloads</h3>
                <div class="actions">
                  <a class="btn" href="${p.files.json}" download>Credential (JSON)</a>
                  ${p.files.jwt ? html`<a class="btn" href="${p.files.jwt}" download>Credential (VC-JWT)</a>` : ''}
                  <a class="btn" href="${p.files.png}" download>Badge image (PNG)</a>
                  <a class="btn" href="${p.files.svg}" download>Badge image (SVG)</a>
                  <a class="btn" href="${p.files.ob2}">Open Badges 2.0</a>
                </div>
                <p class="muted">
                  The badge images carry the signed credential inside them: anyone can verify a downloaded
                  image.
                </p>
              </div>
              <figure class="qr" style="margin:0">
                ${new Html(p.qrSvg.replace('<svg ', '<svg role="img" aria-label="QR code of this page\'s address" '))}
                <figcaption class="muted">Scan to open this page</figcaption>
              </figure>
            </div>
          </section>
          <div class="actions">
            <a class="btn" href="/verify">Verify another credential</a>
          </div>
        </main>
        <script src="${CREDENTIAL_PAGE_SCRIPT_PATH}" defer></script>
      </body>
    </html>`;
}
