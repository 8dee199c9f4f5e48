import type { z } from 'zod';
import { getMemberCard } from '../../domain/cabinet/get-member-card.use-case.js';
import {
  MEMBER_KIND_LABELS,
  MEMBER_STATUS_LABELS,
  OBJECT_KIND_LABELS,
  WORK_KIND_LABELS,
  WORK_RIGHT_STATUS_LABELS,
  type WorkKind,
} from '../../domain/cabinet/labels.js';
import type { Member } from '../../domain/members/member.model.js';
import type { ApiRouter } from '../api-router.js';
import { CABINET_ROUTE } from './cabinet-route.js';
import { memberCardSchema, workRightSchema } from './card.schema.js';
import { idOf, iso, isoOrNull } from '../shared/json.js';

const toCard = (member: Member): z.infer<typeof memberCardSchema> => ({
  id: idOf(member._id),
  kind: member.kind,
  kindLabel: MEMBER_KIND_LABELS[member.kind],
  fullName: member.fullName,
  shortName: member.shortName,
  inn: member.inn,
  ogrn: member.ogrn,
  ogrnLabel: member.kind === 'legal' ? 'ОГРН' : 'ОГРНИП',
  kpp: member.kpp ?? null,
  registryNumber: member.registryNumber,
  admissionDate: iso(member.admissionDate),
  status: member.status,
  statusLabel: MEMBER_STATUS_LABELS[member.status],
  statusSince: iso(member.statusSince),
  statusHistory: member.statusHistory.map((change) => ({
    status: change.status,
    statusLabel: MEMBER_STATUS_LABELS[change.status],
    since: iso(change.since),
    reason: change.reason ?? null,
  })),
  excludedAt: isoOrNull(member.excludedAt),
  head: { fullName: member.head?.fullName ?? '', position: member.head?.position ?? '' },
  addresses: {
    legal: member.addresses?.legal ?? null,
    postal: member.addresses?.postal ?? null,
    actual: member.addresses?.actual ?? null,
  },
  contacts: {
    phone: member.contacts?.phone ?? null,
    email: member.contacts?.email ?? null,
    website: member.contacts?.website ?? null,
  },
});

const toWorkRight = ({ workRight }: Member): z.infer<typeof workRightSchema> => {
  const status = workRight?.status ?? 'active';
  return {
    status,
    statusLabel: WORK_RIGHT_STATUS_LABELS[status],
    since: isoOrNull(workRight?.since),
    works: (Object.keys(WORK_KIND_LABELS) as WorkKind[]).map((kind) => ({
      kind,
      label: WORK_KIND_LABELS[kind],
      allowed: workRight?.[kind] ?? false,
    })),
    objectKinds: (workRight?.objectKinds ?? []).map((kind) => ({ kind, label: OBJECT_KIND_LABELS[kind] })),
  };
};

export function registerCardRoutes(api: ApiRouter): void {
  api.add(
    {
      ...CABINET_ROUTE,
      method: 'get',
      path: '/cabinet/card',
      summary: 'Карточка члена СРО в реестре',
      responses: { 200: { description: 'Сведения реестра', schema: memberCardSchema } },
    },
    async ({ auth, res }) => {
      res.json(toCard(await getMemberCard(auth.memberId)));
    },
  );
  api.add(
    {
      ...CABINET_ROUTE,
      method: 'get',
      path: '/cabinet/work-right',
      summary: 'Право выполнять строительство, реконструкцию, капитальный ремонт и снос',
      responses: { 200: { description: 'Право и виды объектов', schema: workRightSchema } },
    },
    async ({ auth, res }) => {
      res.json(toWorkRight(await getMemberCard(auth.memberId)));
    },
  );
}
