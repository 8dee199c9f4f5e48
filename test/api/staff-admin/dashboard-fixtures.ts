import { Types } from 'mongoose';
import { ContractModel } from '../../../api/domain/contracts/contract.model.js';
import { DuesAccrualModel } from '../../../api/domain/finance/dues-accrual.model.js';
import { DuesPaymentModel } from '../../../api/domain/finance/dues-payment.model.js';
import { InsuranceContractModel } from '../../../api/domain/insurance/insurance-contract.model.js';
import { moscowNoon } from '../cabinet/cabinet-fixtures.js';

type Member = { _id: Types.ObjectId };

/** Dues of `amount` due `dueIn` SRO days from today (negative: in the past). */
export const accrue = (member: Member, amount: number, dueIn: number) =>
  DuesAccrualModel.create({ memberId: member._id, period: '2026-01', amount, dueDate: moscowNoon(dueIn) });

export const pay = (member: Member, amount: number) =>
  DuesPaymentModel.create({ memberId: member._id, amount, paidAt: moscowNoon(-1) });

export const contract = (member: Member, price: number, status = 'in_force') =>
  ContractModel.create({
    memberId: member._id,
    number: `Д-${new Types.ObjectId().toHexString()}`,
    date: moscowNoon(-100),
    customer: { name: 'ГКУ «Управление строительства»' },
    subject: 'Капитальный ремонт школы',
    procurement: '44-FZ',
    price,
    status,
  });

/** A policy ending `endsIn` SRO days from today. */
export const policy = (member: Member, policyNumber: string, endsIn: number, kind = 'civil_liability') =>
  InsuranceContractModel.create({
    memberId: member._id,
    insurer: 'АО «СК Гарант»',
    policyNumber,
    kind,
    sumInsured: 10_000_000,
    validFrom: moscowNoon(-365),
    validTo: moscowNoon(endsIn),
  });
