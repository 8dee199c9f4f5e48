export interface ContractFit {
  hasOdoLevel: boolean;
  fitsObligations: boolean;
  hasHarmLevel: boolean;
  fitsHarmLevel: boolean;
}

/** Whether a contract of the price asked about may be concluded, and if not, why, in a sentence or two. */
export function contractVerdict(fit: ContractFit): string {
  const problems: string[] = [];
  if (!fit.hasOdoLevel) {
    problems.push(
      'У организации нет уровня ответственности по КФ ОДО: договоры с использованием конкурентных способов ' +
        'заключать нельзя.',
    );
  } else if (!fit.fitsObligations) {
    problems.push('С этим договором совокупный размер обязательств превысит предельный для уровня КФ ОДО.');
  }
  if (!fit.hasHarmLevel) problems.push('У организации нет уровня ответственности по КФ ВВ.');
  else if (!fit.fitsHarmLevel) {
    problems.push('Цена договора превышает предельную для одного договора по уровню ответственности КФ ВВ.');
  }
  return problems.length
    ? problems.join(' ')
    : 'Договор с такой ценой укладывается в уровни ответственности по КФ ВВ и КФ ОДО.';
}
