export const dashboardMessages = {
  dashboard: {
    title: 'Сводка на сегодня',
    new: 'Новые обращения',
    overdue_appeals: 'Просроченные обращения',
    open: 'Обращения в работе',
    failed_deliveries: 'Недоставленные сообщения',
    by_expert: 'Открытые обращения по экспертам',
    on_time: 'В срок',
    overdue: 'Просрочено',
    unassigned: 'Не назначен',
    dues_debtors: 'Долг по членским взносам',
    odo_warning: 'Обязательства ОДО близко к пределу',
    insurance_expiring: 'Страхование истекает в ближайшие 30 дней',
    nobody: 'Таких нет.',
    generated_at: 'Данные на %{at}',
  },
};
