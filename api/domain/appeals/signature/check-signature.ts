import * as asn1js from 'asn1js';
import { SignedDataVerifyError, type SignerInfo } from 'pkijs';
import { DomainError } from '../../shared/domain-error.js';
import { formatDate } from '../../shared/sro-calendar.js';
import { readCertificateSubject, signerFullName, type CertificateSubject } from './certificate-subject.js';
import { parseDetachedSignature, type DetachedSignature } from './detached-signature.js';
import { signatureAlgorithmSupport, type SignatureAlgorithmSupport } from './signature-algorithm.js';
import { signerProblems, type SigningMember } from './signer-authority.js';

export const GOST_SIGNATURE_NOTE =
  'Подпись по ГОСТ Р 34.10-2012: криптографическая проверка не выполнялась, требуется проверка сотрудником СРО';
const VERIFIED_NOTE =
  'Подпись соответствует документу. Цепочка сертификатов до удостоверяющего центра не проверялась: ' +
  'в системе нет списка доверенных корневых сертификатов.';
const SIGNING_TIME = '1.2.840.113549.1.9.5';

/** An accepted signature: checked (`verified`) or left to an expert (`unverifiable`). */
export interface SignatureCheck {
  status: 'verified' | 'unverifiable';
  signer: { fullName: string | null; inn: string | null; ogrn: string | null; title: string | null };
  note: string;
}

/**
 * Whether the signature is shown not to be over this document: an attached one carrying other content, or one whose
 * algorithm can be checked here and fails. A GOST signature over the right document cannot be told from a forged one.
 */
async function contradictsDocument(
  { signedData }: DetachedSignature,
  document: Buffer,
  support: SignatureAlgorithmSupport,
): Promise<boolean> {
  const embedded = signedData.encapContentInfo.eContent;
  if (embedded && !Buffer.from(embedded.getValue()).equals(document)) return true;
  if (support.kind !== 'webcrypto') return false;
  try {
    // checkChain off: there are no trusted root certificates of accredited CAs to build a chain to.
    return !(await signedData.verify({
      signer: 0,
      data: new Uint8Array(document).buffer,
      checkChain: false,
    }));
  } catch (error) {
    if (error instanceof SignedDataVerifyError) return true;
    throw error;
  }
}

function signingTime(signerInfo: SignerInfo): Date | null {
  const value: unknown = signerInfo.signedAttrs?.attributes.find((a) => a.type === SIGNING_TIME)?.values[0];
  return value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime ? value.toDate() : null;
}

function validityProblems({ signerInfo, certificate }: DetachedSignature, now: Date): string[] {
  const signedAt = signingTime(signerInfo) ?? now;
  const [from, to] = [certificate.notBefore.value, certificate.notAfter.value];
  if (signedAt >= from && signedAt <= to) return [];
  return [
    `Сертификат подписи не действовал на момент подписания: он действует с ${formatDate(from)} по ${formatDate(to)}.`,
  ];
}

function noteFor(support: SignatureAlgorithmSupport): string {
  if (support.kind === 'webcrypto') return VERIFIED_NOTE;
  if (support.kind === 'gost') return GOST_SIGNATURE_NOTE;
  return `Алгоритм подписи ${support.oid} не поддерживается автоматической проверкой: требуется проверка сотрудником СРО.`;
}

function signerSummary(subject: CertificateSubject): SignatureCheck['signer'] {
  return {
    fullName: signerFullName(subject),
    inn: subject.innle ?? subject.inn ?? null,
    ogrn: subject.ogrn ?? subject.ogrnip ?? null,
    title: subject.title ?? null,
  };
}

/**
 * Checks a document and its detached CMS signature (regulation §3.2.1): the signature must be over the document, made
 * while the certificate was valid, by the member's head (or the entrepreneur himself). RSA and ECDSA signatures are
 * verified here; GOST ones are accepted as `unverifiable` for an expert. Anything wrong is refused with what it is.
 */
export async function checkSignature(
  document: Buffer,
  signatureFile: Buffer,
  member: SigningMember,
  now = new Date(),
): Promise<SignatureCheck> {
  const signature = parseDetachedSignature(signatureFile);
  const support = signatureAlgorithmSupport(signature);
  if (await contradictsDocument(signature, document, support)) {
    throw new DomainError(
      'invalid',
      'Подпись не соответствует приложенному документу: документ изменён после подписания или подписан другой файл.',
    );
  }
  const subject = readCertificateSubject(signature.certificate);
  const problems = [...signerProblems(subject, member), ...validityProblems(signature, now)];
  if (problems.length > 0) throw new DomainError('invalid', problems.join(' '), { problems });
  return {
    status: support.kind === 'webcrypto' ? 'verified' : 'unverifiable',
    signer: signerSummary(subject),
    note: noteFor(support),
  };
}
