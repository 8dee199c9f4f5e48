import { listContractsInForce } from '../contracts/contracts.repository.js';
import { fitsHarmLevel } from '../contracts/harm-level.js';
import { canTakeContract, type OdoObligations } from '../contracts/odo-obligations.js';
import type { ResponsibilityLevel } from '../levels/responsibility-level.model.js';
import { listResponsibilityLevels } from '../levels/responsibility-level.repository.js';
import { findMemberStanding } from '../members/member-card.repository.js';
import { contractVerdict } from './contract-verdict.js';
import { found, MEMBER_NOT_FOUND } from './found.js';
import { levelRow, obligationsAgainstLevel } from './level-table.js';

export interface ContractCheck {
  price: number;
  /** The sum of contracts in force with this one stays within the КФ ОДО cap. */
  fitsObligations: boolean;
  /** The price is within the cap of one contract at the member's КФ ВВ level. */
  fitsHarmLevel: boolean;
  harmLevel: number | null;
  /** The КФ ВВ cap of one contract; null when unlimited or without a level. */
  maxContractPrice: number | null;
  /** Whether the contract may be concluded, and if not, why. */
  verdict: string;
}

export interface Obligations extends OdoObligations {
  odoLevel: number | null;
  contractsInForce: number;
  /** Present when a price was asked about. */
  check: ContractCheck | null;
}

function checkContract(
  price: number,
  obligations: OdoObligations,
  harmLevel: ResponsibilityLevel | null,
): ContractCheck {
  const maxContractPrice = harmLevel?.maxContractPrice ?? null;
  const fit = {
    hasOdoLevel: obligations.state !== 'no_level',
    fitsObligations: canTakeContract(obligations, price),
    hasHarmLevel: harmLevel !== null,
    fitsHarmLevel: fitsHarmLevel(price, harmLevel ? { maxContractPrice } : null),
  };
  return {
    price,
    fitsObligations: fit.fitsObligations,
    fitsHarmLevel: fit.fitsHarmLevel,
    harmLevel: harmLevel?.level ?? null,
    maxContractPrice,
    verdict: contractVerdict(fit),
  };
}

/** Current obligations against the КФ ОДО cap and, for a price, whether a new contract of that price may be taken. */
export async function getObligations(memberId: string, price?: number): Promise<Obligations> {
  const [member, table, contracts] = await Promise.all([
    findMemberStanding(memberId),
    listResponsibilityLevels(),
    listContractsInForce(memberId),
  ]);
  const levels = found(member, MEMBER_NOT_FOUND).levels ?? {};
  const obligations = obligationsAgainstLevel(contracts, levelRow(table, 'odo', levels.odo));
  return {
    ...obligations,
    odoLevel: levels.odo ?? null,
    contractsInForce: contracts.length,
    check: price === undefined ? null : checkContract(price, obligations, levelRow(table, 'vv', levels.vv)),
  };
}
