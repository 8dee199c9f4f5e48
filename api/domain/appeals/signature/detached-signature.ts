import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import { Certificate, ContentInfo, IssuerAndSerialNumber, SignedData, type SignerInfo } from 'pkijs';
import { DomainError } from '../../shared/domain-error.js';

/** A detached CMS SignedData with its first signer and that signer's certificate. */
export interface DetachedSignature {
  signedData: SignedData;
  signerInfo: SignerInfo;
  certificate: Certificate;
}

/** DER as it is, or PEM and bare Base64, which CryptoPro and OpenSSL also write into .sig and .p7s files. */
function derBytes(file: Buffer): Buffer | null {
  if (file[0] === 0x30) return file;
  const base64 = file
    .toString('latin1')
    .replace(/-----(BEGIN|END) [\w #]+-----/g, '')
    .replace(/\s+/g, '');
  if (!/^[A-Za-z\d+/]+={0,2}$/.test(base64)) return null;
  const der = Buffer.from(base64, 'base64');
  return der[0] === 0x30 ? der : null;
}

function readSignedData(der: Buffer): SignedData | null {
  try {
    const contentInfo = ContentInfo.fromBER(der);
    if (contentInfo.contentType !== ContentInfo.SIGNED_DATA) return null;
    return new SignedData({ schema: contentInfo.content });
  } catch {
    return null;
  }
}

/** The key identifier a signer may name its certificate by: SHA-1 of the public key, as PKI.js also matches it. */
function keyIdentifier(certificate: Certificate): Buffer {
  return createHash('sha1')
    .update(certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView)
    .digest();
}

/** The certificate the signer points to, by issuer and serial number or by subject key identifier. */
function signerCertificate(signedData: SignedData, signerInfo: SignerInfo): Certificate | null {
  const certificates = (signedData.certificates ?? []).filter((item) => item instanceof Certificate);
  const sid: unknown = signerInfo.sid;
  if (sid instanceof IssuerAndSerialNumber) {
    const named = (cert: Certificate) =>
      cert.issuer.isEqual(sid.issuer) && cert.serialNumber.isEqual(sid.serialNumber);
    return certificates.find(named) ?? null;
  }
  const block = sid as asn1js.Constructed;
  const octets = block.idBlock.isConstructed ? block.valueBlock.value[0] : block;
  const wanted = Buffer.from((octets as asn1js.OctetString | undefined)?.valueBlock.valueHexView ?? []);
  return certificates.find((cert) => keyIdentifier(cert).equals(wanted)) ?? null;
}

/** Reads a detached signature file; anything that is not a CMS SignedData with its signer's certificate is refused. */
export function parseDetachedSignature(file: Buffer): DetachedSignature {
  const der = derBytes(file);
  const signedData = der && readSignedData(der);
  if (!signedData) throw new DomainError('invalid', 'Файл подписи не является подписью CMS (PKCS#7)');
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo) throw new DomainError('invalid', 'В файле подписи нет ни одной подписи.');
  const certificate = signerCertificate(signedData, signerInfo);
  if (!certificate) {
    throw new DomainError(
      'invalid',
      'В файле подписи нет сертификата подписавшего: сохраните подпись вместе с сертификатом и приложите её снова.',
    );
  }
  return { signedData, signerInfo, certificate };
}
