/** The SRO's two compensation funds: for harm (КФ ВВ) and for contractual obligations (КФ ОДО). */
export const FUNDS = ['vv', 'odo'] as const;
export type Fund = (typeof FUNDS)[number];

export const FUND_TITLES: Record<Fund, string> = {
  vv: 'Компенсационный фонд возмещения вреда (КФ ВВ)',
  odo: 'Компенсационный фонд обеспечения договорных обязательств (КФ ОДО)',
};

/** Responsibility levels are 1–5; КФ ВВ also has the simplified level 0. */
export const MIN_LEVEL: Record<Fund, number> = { vv: 0, odo: 1 };
export const MAX_LEVEL = 5;
