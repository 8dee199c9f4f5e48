import type { RaRecord } from 'react-admin';
import type { Fund, MemberKind, MemberStatus, ObjectKind } from './member-choices';

/** A member as GET /staff/members/:id answers it (RegistryMember in /api/openapi.json). */
export interface StaffMember extends RaRecord {
  kind: MemberKind;
  fullName: string;
  shortName: string;
  inn: string;
  ogrn: string;
  kpp: string | null;
  registryNumber: string;
  admissionDate: string;
  status: MemberStatus;
  statusSince: string;
  statusHistory: { status: MemberStatus; since: string; reason?: string | null }[];
  excludedAt: string | null;
  head: { fullName: string; position: string };
  addresses: { legal: string | null; postal: string | null; actual: string | null };
  contacts: { phone: string | null; email: string | null; website: string | null };
  workRight: {
    construction: boolean;
    reconstruction: boolean;
    majorRepair: boolean;
    demolition: boolean;
    objectKinds: ObjectKind[];
    status: 'active' | 'suspended';
    since: string | null;
  };
  levels: Record<Fund, number | null>;
}

/** A row of the level table (GET /staff/levels). */
export interface LevelRow extends RaRecord {
  fund: Fund;
  level: number;
  title: string;
  maxContractPrice?: number | null;
  maxTotalObligations?: number | null;
  contribution: number;
  needsReview: boolean;
}
