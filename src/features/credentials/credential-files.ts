import sharp from 'sharp';
import QRCode from 'qrcode';
import { bakePng, bakeSvg } from '../../openbadges/baking.js';
import { badgeSvg } from '../catalog/badge-image.js';

type BadgeInput = { title: string; issuer: string; topic: string };

/** The badge image with the signed credential inside it (OB 3.0 §5.3): an SVG element. */
export const bakedSvg = (badge: BadgeInput, credentialJson: string) =>
  bakeSvg(badgeSvg(badge), credentialJson);

/** The badge as a 512 px PNG with the signed credential in an `iTXt` chunk (OB 3.0 §5.3). */
export async function bakedPng(badge: BadgeInput, credentialJson: string): Promise<Buffer> {
  const png = await sharp(Buffer.from(badgeSvg(badge)), { density: 288 })
    .resize(512, 512)
    .png()
    .toBuffer();
  return bakePng(png, credentialJson);
}

/** A QR code of `url` as inline SVG, for printing or showing on a phone. */
export const qrSvg = (url: string) =>
  QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });

/**
 * LinkedIn's "Add licence or certification" link, filled in (their documented add-to-profile URL):
 * the educator confirms on LinkedIn; nothing is posted for them.
 */
export function linkedInAddUrl(input: {
  name: string;
  organizationName: string;
  issuedAt: string;
  validUntil: string | null;
  certUrl: string;
  certId: string;
}): string {
  const issued = new Date(input.issuedAt);
  const params = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: input.name,
    organizationName: input.organizationName,
    issueYear: String(issued.getUTCFullYear()),
    issueMonth: String(issued.getUTCMonth() + 1),
    certUrl: input.certUrl,
    certId: input.certId,
  });
  if (input.validUntil) {
    const until = new Date(input.validUntil);
    params.set('expirationYear', String(until.getUTCFullYear()));
    params.set('expirationMonth', String(until.getUTCMonth() + 1));
  }
  return `https://www.linkedin.com/profile/add?${params.toString()}`;
}
