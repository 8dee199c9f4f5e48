import { ContractModel } from '../contracts/contract.model.js';
import { DuesAccrualModel } from '../finance/dues-accrual.model.js';
import { DuesPaymentModel } from '../finance/dues-payment.model.js';
import { FundContributionModel } from '../finance/fund-contribution.model.js';
import { InspectionModel } from '../inspections/inspection.model.js';
import { InsuranceContractModel } from '../insurance/insurance-contract.model.js';
import { ReportModel } from '../reports/report.model.js';
import { SpecialistModel } from '../specialists/specialist.model.js';
import type { MemberRecordKind } from './member-records.repository.js';

/** Every kind of member-owned record staff keep, with the date its list is ordered by. */
export const MEMBER_RECORD_KINDS = {
  inspections: { name: 'inspection', model: InspectionModel, sortField: 'periodFrom' },
  fundContributions: { name: 'fund_contribution', model: FundContributionModel, sortField: 'paidAt' },
  duesAccruals: { name: 'dues_accrual', model: DuesAccrualModel, sortField: 'dueDate' },
  duesPayments: { name: 'dues_payment', model: DuesPaymentModel, sortField: 'paidAt' },
  contracts: { name: 'contract', model: ContractModel, sortField: 'date' },
  insuranceContracts: { name: 'insurance_contract', model: InsuranceContractModel, sortField: 'validTo' },
  reports: {
    name: 'report',
    model: ReportModel,
    sortField: 'dueAt',
    duplicateMessage: 'Отчёт этого вида за этот год у члена СРО уже есть.',
  },
  specialists: {
    name: 'specialist',
    model: SpecialistModel,
    sortField: 'includedAt',
    duplicateMessage: 'Специалист с таким номером в НРС у члена СРО уже есть.',
  },
} satisfies Record<string, MemberRecordKind>;
