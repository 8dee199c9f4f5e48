import type { DetachedSignature } from './detached-signature.js';

/** GOST R 34.10/34.11 (2001 and 2012) of CryptoPro and TC 26: Russian qualified signatures use them. */
const GOST_PREFIXES = ['1.2.643.2.2.', '1.2.643.7.1.'];
/** RSA (PKCS #1 v1.5, PSS) and ECDSA signatures and keys, which WebCrypto can check. */
const WEBCRYPTO_PREFIXES = ['1.2.840.113549.1.1.', '1.2.840.10045.'];
/** SHA-1, SHA-256, SHA-384, SHA-512. */
const WEBCRYPTO_DIGESTS = [
  '1.3.14.3.2.26',
  '2.16.840.1.101.3.4.2.1',
  '2.16.840.1.101.3.4.2.2',
  '2.16.840.1.101.3.4.2.3',
];

/** Whether the signature can be checked here: `gost` and `unsupported` ones wait for an expert. */
export type SignatureAlgorithmSupport =
  { kind: 'webcrypto' } | { kind: 'gost' } | { kind: 'unsupported'; oid: string };

export function signatureAlgorithmSupport({
  signerInfo,
  certificate,
}: DetachedSignature): SignatureAlgorithmSupport {
  const signatureOid = signerInfo.signatureAlgorithm.algorithmId;
  const oids = [
    signatureOid,
    signerInfo.digestAlgorithm.algorithmId,
    certificate.subjectPublicKeyInfo.algorithm.algorithmId,
  ];
  if (oids.some((oid) => GOST_PREFIXES.some((prefix) => oid.startsWith(prefix)))) return { kind: 'gost' };
  const checkable =
    WEBCRYPTO_PREFIXES.some((prefix) => signatureOid.startsWith(prefix)) &&
    WEBCRYPTO_DIGESTS.includes(signerInfo.digestAlgorithm.algorithmId);
  return checkable ? { kind: 'webcrypto' } : { kind: 'unsupported', oid: signatureOid };
}
