import type { z } from 'zod';
import { CONTRACT_STATUS_LABELS, PROCUREMENT_LABELS } from '../../domain/cabinet/labels.js';
import { listMemberContracts } from '../../domain/cabinet/list-contracts.use-case.js';
import type { Contract } from '../../domain/contracts/contract.model.js';
import type { ApiRouter } from '../api-router.js';
import { CABINET_ROUTE } from './cabinet-route.js';
import { contractPageSchema, contractsQuerySchema, type contractSchema } from './contracts.schema.js';
import { idOf, iso, isoOrNull, mapPage } from '../shared/json.js';

const toContract = (contract: Contract): z.infer<typeof contractSchema> => ({
  id: idOf(contract._id),
  number: contract.number,
  date: iso(contract.date),
  customer: { name: contract.customer?.name ?? '', inn: contract.customer?.inn ?? null },
  subject: contract.subject,
  procurement: contract.procurement,
  procurementLabel: PROCUREMENT_LABELS[contract.procurement],
  price: contract.price,
  status: contract.status,
  statusLabel: CONTRACT_STATUS_LABELS[contract.status],
  completedAt: isoOrNull(contract.completedAt),
  actualCompletedAmount: contract.actualCompletedAmount ?? null,
});

export function registerContractsRoutes(api: ApiRouter): void {
  api.add(
    {
      ...CABINET_ROUTE,
      method: 'get',
      path: '/cabinet/contracts',
      summary: 'Журнал договоров, заключённых с использованием конкурентных способов (ОДО)',
      query: contractsQuerySchema,
      responses: { 200: { description: 'Договоры, новые первыми', schema: contractPageSchema } },
    },
    async ({ auth, query, res }) => {
      const { status, page, perPage } = query;
      res.json(mapPage(await listMemberContracts(auth.memberId, status, { page, perPage }), toContract));
    },
  );
}
