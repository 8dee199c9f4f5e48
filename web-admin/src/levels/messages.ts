export const levelMessages = {
  levels: {
    title: 'Уровни ответственности (ст. 55.16 ГрК РФ)',
    edit: 'Уровень ответственности',
    needs_review: 'Сверить с ГрК РФ',
    reviewed: 'Сверено',
    no_limit: 'Пусто — без ограничения',
    funds: { vv: 'КФ ВВ', odo: 'КФ ОДО' },
    fields: {
      fund: 'Фонд',
      level: 'Уровень',
      title: 'Название',
      maxContractPrice: 'Предел цены договора',
      maxTotalObligations: 'Предел совокупных обязательств',
      contribution: 'Взнос в фонд',
      needsReview: 'Сверка',
    },
  },
};
