import type { z } from 'zod';
import { INSURANCE_KIND_LABELS } from '../../domain/cabinet/labels.js';
import {
  listMemberInsuranceContracts,
  type InsuranceContractState,
} from '../../domain/cabinet/list-insurance-contracts.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { CABINET_ROUTE } from './cabinet-route.js';
import { insuranceListSchema, type insuranceContractSchema } from './insurance.schema.js';
import { idOf, iso } from '../shared/json.js';

const toInsuranceContract = (contract: InsuranceContractState): z.infer<typeof insuranceContractSchema> => ({
  id: idOf(contract._id),
  insurer: contract.insurer,
  policyNumber: contract.policyNumber,
  kind: contract.kind,
  kindLabel: INSURANCE_KIND_LABELS[contract.kind],
  sumInsured: contract.sumInsured,
  validFrom: iso(contract.validFrom),
  validTo: iso(contract.validTo),
  daysLeft: contract.daysLeft,
  expired: contract.expired,
  expiresSoon: contract.expiresSoon,
});

export function registerInsuranceRoutes(api: ApiRouter): void {
  api.add(
    {
      ...CABINET_ROUTE,
      method: 'get',
      path: '/cabinet/insurance',
      summary: 'Договоры страхования: страховщик, полис, вид, страховая сумма, срок действия',
      responses: { 200: { description: 'Договоры, позже истекающие первыми', schema: insuranceListSchema } },
    },
    async ({ auth, res }) => {
      const contracts = await listMemberInsuranceContracts(auth.memberId);
      res.json({ items: contracts.map(toInsuranceContract) });
    },
  );
}
