import QRCode from 'qrcode';
import type { IssuedLinkToken } from '../../domain/telegram/telegram-link-tokens.repository.js';

export interface LinkTokenView {
  token: string;
  deepLink: string;
  qrSvg: string;
  expiresAt: string;
}

/** A deep-link token as a link that opens the bot with it, and that link as a QR code. */
export async function linkTokenView(
  { token, expiresAt }: IssuedLinkToken,
  botUsername: string,
): Promise<LinkTokenView> {
  const deepLink = `https://t.me/${botUsername}?start=${token}`;
  const qrSvg = await QRCode.toString(deepLink, {
    type: 'svg',
    width: 240,
    margin: 1,
    errorCorrectionLevel: 'M',
  });
  return { token, deepLink, qrSvg, expiresAt: expiresAt.toISOString() };
}
