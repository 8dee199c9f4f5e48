import { acceptUpload, type AcceptedFile, type IncomingFile } from '../uploads/accept-upload.js';
import { safeFilename } from '../uploads/safe-filename.js';
import { DomainError } from '../shared/domain-error.js';
import { isSignatureRequired } from './appeal-category.js';
import type { AppealDetails } from './appeal-details.schema.js';
import { findSigningMember } from './appeals.repository.js';
import { checkSignature, type SignatureCheck } from './signature/check-signature.js';

const SIGNATURE_CONTENT_TYPE = 'application/pkcs7-signature';

/** A document and its detached signature as they came with an appeal. */
export interface SignedDocumentUpload {
  document?: IncomingFile;
  signature?: IncomingFile;
}

export interface AcceptedSignedDocument {
  check: SignatureCheck;
  document: AcceptedFile;
  signature: AcceptedFile;
}

/**
 * The signed document of an appeal and its signature, checked (regulation §3.2.1); null when the appeal comes without
 * one and needs none. Appeals that change the registry are refused without a signature.
 */
export async function acceptSignedDocument(
  appeal: AppealDetails,
  upload: SignedDocumentUpload,
  memberId: string,
): Promise<AcceptedSignedDocument | null> {
  const { document, signature } = upload;
  if (!document && !signature && !isSignatureRequired(appeal)) return null;
  if (!document || !signature) {
    throw new DomainError(
      'invalid',
      (isSignatureRequired(appeal)
        ? 'Обращения, меняющие сведения реестра, подаются с электронной подписью (п. 3.2.1 Регламента). '
        : '') + 'Приложите подписанный документ и файл его открепленной подписи (.sig или .p7s).',
      { fields: ['document', 'signature'] },
    );
  }
  const member = await findSigningMember(memberId);
  if (!member) throw new DomainError('not_found', 'Организация не найдена.');
  const acceptedDocument = await acceptUpload(document);
  return {
    check: await checkSignature(acceptedDocument.data, signature.data, member),
    document: acceptedDocument,
    signature: {
      filename: safeFilename(signature.originalName),
      contentType: SIGNATURE_CONTENT_TYPE,
      data: signature.data,
    },
  };
}
