import { randomBytes, randomInt, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import {
  SUBJECT_OIDS,
  type CertificateSubject,
} from '../../api/domain/appeals/signature/certificate-subject.js';

/** Subject attributes of a Russian qualified certificate, by their short names. */
export type SubjectSpec = CertificateSubject;
const NUMERIC_ATTRIBUTES = new Set<keyof SubjectSpec>(['inn', 'innle', 'ogrn', 'ogrnip', 'snils']);

const OID = {
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  gostPublicKey256: '1.2.643.7.1.1.1.1',
  gostDigest256: '1.2.643.7.1.1.2.2',
  gostSignatureWithDigest256: '1.2.643.7.1.1.3.2',
  gostParamSetA: '1.2.643.7.1.2.1.1.1',
};

const DAY_MS = 86_400_000;

export interface TestSigner {
  certificate: pkijs.Certificate;
  privateKey: webcrypto.CryptoKey;
}

export interface Validity {
  notBefore: Date;
  notAfter: Date;
}

const bytes = (length: number) => new Uint8Array(randomBytes(length)).buffer;

function subjectName(subject: SubjectSpec): pkijs.RelativeDistinguishedNames {
  const name = new pkijs.RelativeDistinguishedNames();
  for (const [field, text] of Object.entries(subject) as [keyof SubjectSpec, string][]) {
    const value = NUMERIC_ATTRIBUTES.has(field)
      ? new asn1js.NumericString({ value: text })
      : new asn1js.Utf8String({ value: text });
    name.typesAndValues.push(new pkijs.AttributeTypeAndValue({ type: SUBJECT_OIDS[field], value }));
  }
  return name;
}

function certificateFor(subject: SubjectSpec, validity: Validity): pkijs.Certificate {
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  certificate.serialNumber = new asn1js.Integer({ value: randomInt(1, 2 ** 31) });
  certificate.subject = subjectName(subject);
  certificate.issuer = subjectName(subject);
  certificate.notBefore.value = validity.notBefore;
  certificate.notAfter.value = validity.notAfter;
  return certificate;
}

const currentValidity = (): Validity => ({
  notBefore: new Date(Date.now() - 30 * DAY_MS),
  notAfter: new Date(Date.now() + 365 * DAY_MS),
});

/** A self-signed RSA certificate (SHA-256) whose subject carries the given names and tax ids. */
export async function createRsaSigner(
  subject: SubjectSpec,
  validity = currentValidity(),
): Promise<TestSigner> {
  const keys = await webcrypto.subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['sign', 'verify'],
  );
  const certificate = certificateFor(subject, validity);
  await certificate.subjectPublicKeyInfo.importKey(keys.publicKey);
  await certificate.sign(keys.privateKey, 'SHA-256');
  return { certificate, privateKey: keys.privateKey };
}

function signedAttributes(digest: ArrayBuffer, signedAt: Date): pkijs.SignedAndUnsignedAttributes {
  const attribute = (type: string, value: asn1js.BaseBlock) => new pkijs.Attribute({ type, values: [value] });
  return new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: [
      attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: pkijs.ContentInfo.DATA })),
      attribute(OID.signingTime, new asn1js.UTCTime({ valueDate: signedAt })),
      attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: digest })),
    ],
  });
}

function contentInfoDer(signedData: pkijs.SignedData): Buffer {
  const contentInfo = new pkijs.ContentInfo({
    contentType: pkijs.ContentInfo.SIGNED_DATA,
    content: signedData.toSchema(true),
  });
  return Buffer.from(contentInfo.toSchema().toBER(false));
}

/** A detached CMS SignedData over `document` (DER, or PEM when asked), with the signer's certificate inside. */
export async function signDetached(
  signer: TestSigner,
  document: Buffer,
  options: { pem?: boolean; signedAt?: Date } = {},
): Promise<Buffer> {
  const digest = await webcrypto.subtle.digest('SHA-256', document);
  const { certificate } = signer;
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: pkijs.ContentInfo.DATA }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({
          issuer: certificate.issuer,
          serialNumber: certificate.serialNumber,
        }),
        signedAttrs: signedAttributes(digest, options.signedAt ?? new Date()),
      }),
    ],
    certificates: [certificate],
  });
  await signedData.sign(signer.privateKey, 0, 'SHA-256', document);
  const der = contentInfoDer(signedData);
  if (!options.pem) return der;
  const lines = der
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n');
  return Buffer.from(`-----BEGIN PKCS7-----\n${lines}\n-----END PKCS7-----\n`);
}

/**
 * A detached SignedData as CryptoPro makes it with GOST R 34.10-2012 / 34.11-2012: the structure and OIDs are real,
 * the key, digest and signature values are random bytes (nothing here can compute GOST).
 */
export function gostSignature(subject: SubjectSpec): Buffer {
  const gostAlgorithm = (algorithmId: string) => new pkijs.AlgorithmIdentifier({ algorithmId });
  const certificate = certificateFor(subject, currentValidity());
  certificate.subjectPublicKeyInfo = new pkijs.PublicKeyInfo({
    algorithm: new pkijs.AlgorithmIdentifier({
      algorithmId: OID.gostPublicKey256,
      algorithmParams: new asn1js.Sequence({
        value: [
          new asn1js.ObjectIdentifier({ value: OID.gostParamSetA }),
          new asn1js.ObjectIdentifier({ value: OID.gostDigest256 }),
        ],
      }),
    }),
    subjectPublicKey: new asn1js.BitString({
      valueHex: new asn1js.OctetString({ valueHex: bytes(64) }).toBER(),
    }),
  });
  certificate.signature = gostAlgorithm(OID.gostSignatureWithDigest256);
  certificate.signatureAlgorithm = gostAlgorithm(OID.gostSignatureWithDigest256);
  certificate.tbsView = new Uint8Array(certificate.encodeTBS().toBER());
  certificate.signatureValue = new asn1js.BitString({ valueHex: bytes(64) });

  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [gostAlgorithm(OID.gostDigest256)],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: pkijs.ContentInfo.DATA }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({
          issuer: certificate.issuer,
          serialNumber: certificate.serialNumber,
        }),
        digestAlgorithm: gostAlgorithm(OID.gostDigest256),
        signedAttrs: signedAttributes(bytes(32), new Date()),
        signatureAlgorithm: gostAlgorithm(OID.gostPublicKey256),
        signature: new asn1js.OctetString({ valueHex: bytes(64) }),
      }),
    ],
    certificates: [certificate],
  });
  return contentInfoDer(signedData);
}
