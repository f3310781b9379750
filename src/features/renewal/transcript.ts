import PDFDocument from 'pdfkit';
import type { RenewalView } from '../../contracts/renewal.js';
import { csvRow } from '../../domain/csv-cell.js';

export type TranscriptPerson = { name: string; email: string };

const hours = (h: number) => h.toFixed(2);
const day = (iso: string) => iso.slice(0, 10);
const status = (i: RenewalView['items'][number]) =>
  i.counts ? (i.cappedHours > 0 ? 'counts (part over the cap)' : 'counts') : (i.reason ?? 'does not count');

/** The renewal transcript as CSV: a header block, then one line per credential. Every cell neutralized. */
export function transcriptCsv(person: TranscriptPerson, r: RenewalView): string {
  let out = csvRow(['Renewal transcript']);
  out += csvRow(['Educator', person.name, person.email]);
  if (r.license)
    out += csvRow([
      'License',
      `${r.license.stateName} ${r.license.licenseType}`,
      r.license.number,
      r.license.issuedOn,
    ]);
  if (r.policy) out += csvRow(['Policy', r.policy.name, r.policy.orgName]);
  if (r.districtPolicy) out += csvRow(['District addition', r.districtPolicy.name, r.districtPolicy.orgName]);
  if (r.cycle) out += csvRow(['Cycle', r.cycle.start, r.cycle.end]);
  out += csvRow(['Earned hours', hours(r.earnedHours)]);
  out += csvRow(['Counted hours', hours(r.countedHours)]);
  out += csvRow(['Capped hours', hours(r.cappedHours)]);
  out += csvRow(['Required hours', hours(r.requiredHours)]);
  if (r.message) out += csvRow(['Note', r.message]);
  out += csvRow([]);
  out += csvRow([
    'Credential',
    'Issuer',
    'Issued on',
    'Status',
    'Hours',
    'Hours counted',
    'Hours over the cap',
    'Verify at',
  ]);
  for (const i of r.items)
    out += csvRow([
      i.title,
      i.issuerName,
      day(i.issuedAt),
      status(i),
      hours(i.hours),
      hours(i.countedHours),
      hours(i.cappedHours),
      i.verifyUrl,
    ]);
  return out;
}

/** The renewal transcript as a PDF (standard fonts), with each credential's verification link. */
export function transcriptPdf(person: TranscriptPerson, r: RenewalView, generatedAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 54,
    info: { Title: `Renewal transcript: ${person.name}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const muted = '#444444';
  doc.font('Helvetica-Bold').fontSize(18).text('Renewal transcript');
  doc
    .moveDown(0.3)
    .font('Helvetica')
    .fontSize(10)
    .fillColor(muted)
    .text(`Generated ${generatedAt.toISOString().slice(0, 10)}`);
  doc.moveDown().fillColor('black').fontSize(12).font('Helvetica-Bold').text(person.name);
  doc.font('Helvetica').fontSize(10).text(person.email);
  if (r.license)
    doc.text(
      `License: ${r.license.stateName}, ${r.license.licenseType}, no. ${r.license.number}, issued ${r.license.issuedOn}${r.license.expiresOn ? `, expires ${r.license.expiresOn}` : ''}`,
    );
  if (r.policy) doc.text(`Policy: ${r.policy.name} (${r.policy.orgName})`);
  if (r.districtPolicy) doc.text(`District addition: ${r.districtPolicy.name} (${r.districtPolicy.orgName})`);
  if (r.cycle) doc.text(`Cycle: ${r.cycle.start} to ${r.cycle.end}`);
  doc.moveDown(0.5).font('Helvetica-Bold');
  doc.text(
    `Counted ${hours(r.countedHours)} of ${hours(r.requiredHours)} required hours` +
      (r.cappedHours > 0 ? ` (${hours(r.cappedHours)} over the cap)` : '') +
      `; ${hours(r.remainingHours)} to go.`,
  );
  if (r.message) doc.font('Helvetica').text(r.message);
  doc.moveDown();
  doc.font('Helvetica-Bold').fontSize(12).text('Credentials');
  if (!r.items.length) doc.font('Helvetica').fontSize(10).text('None yet.');
  for (const i of r.items) {
    doc.moveDown(0.5).font('Helvetica-Bold').fontSize(10).fillColor('black').text(i.title);
    doc
      .font('Helvetica')
      .text(
        `${i.issuerName} - issued ${day(i.issuedAt)} - ${status(i)} - ${hours(i.countedHours)} hours counted`,
      );
    doc.fillColor('#1d4ed8').text(i.verifyUrl, { link: i.verifyUrl, underline: true });
  }
  doc.end();
  return done;
}
