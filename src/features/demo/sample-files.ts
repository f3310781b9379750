import sharp from 'sharp';

/** Real files made on the spot, for the demo's uploaded evidence (and tests): a PDF and a photo. */

/** A one-page PDF with a title and lines of text, in Helvetica. */
export function samplePdf(title: string, lines: string[] = []): Buffer {
  const escape = (t: string) => t.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '-');
  const text = [
    `BT /F1 18 Tf 72 720 Td (${escape(title)}) Tj ET`,
    ...lines.map((l, i) => `BT /F1 11 Tf 72 ${690 - i * 16} Td (${escape(l)}) Tj ET`),
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const xml = (t: string) => t.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A JPEG "photo" of a page of student work: a title and handwritten-looking lines on paper. */
export function samplePhoto(title: string, lines: string[] = []): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900">
  <rect width="1200" height="900" fill="#8a6f52"/>
  <g transform="rotate(-2 600 450)">
    <rect x="150" y="60" width="900" height="780" fill="#fbfaf4"/>
    ${Array.from({ length: 22 }, (_, i) => `<line x1="150" x2="1050" y1="${150 + i * 32}" y2="${150 + i * 32}" stroke="#c9d8ec" stroke-width="2"/>`).join('')}
    <text x="190" y="125" font-family="sans-serif" font-size="26" font-weight="bold" fill="#1f2937">${xml(title)}</text>
    ${lines.map((l, i) => `<text x="190" y="${176 + i * 64}" font-family="serif" font-style="italic" font-size="28" fill="#1d4ed8">${xml(l)}</text>`).join('')}
  </g>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}
