import { toKopecks, toRubles } from '../shared/money.js';

/** How much the member still has to pay into a compensation fund (КФ ВВ or КФ ОДО) for its current level; never < 0. */
export function fundShortfall(paidTotal: number, requiredContribution: number): number {
  return toRubles(Math.max(0, toKopecks(requiredContribution) - toKopecks(paidTotal)));
}
