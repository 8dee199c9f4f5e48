import { useRecordContext, type RaRecord } from 'react-admin';
import type { StoredFile } from '../shared/FileLinks';

/**
 * The appeal as GET /staff/appeals/:id answers it (StaffAppeal in /api/openapi.json). Until that answer arrives the
 * page holds the inbox's row, which lacks the details: `useFullAppeal` gives the record only once it is complete.
 */
export interface StaffAppeal extends RaRecord {
  registrationNumber: string;
  category: string;
  categoryTitle: string;
  status: string;
  statusLabel: string;
  overdue: boolean;
  text: string;
  detailItems: { label: string; value: string }[];
  attachments: StoredFile[];
  expert: { id: string; fullName: string } | null;
  representative: { id: string; fullName: string } | null;
  memberCard: {
    id: string;
    shortName: string;
    inn: string;
    ogrn: string;
    registryNumber: string;
    statusLabel: string;
  } | null;
  signature: {
    status: string;
    label: string;
    needsManualCheck: boolean;
    signer: { fullName: string | null; inn: string | null; title: string | null };
    note: string | null;
    documentUrl: string | null;
    signatureUrl: string | null;
  };
  statusHistory: {
    status: string;
    statusLabel: string;
    at: string;
    by: { fullName: string } | null;
    comment: string | null;
  }[];
  nextStatuses: string[];
  answerLetter: { id: string; registrationNumber: string } | null;
}

export function useFullAppeal(): StaffAppeal | undefined {
  const record = useRecordContext<StaffAppeal>();
  return record && Array.isArray(record.statusHistory) ? record : undefined;
}
