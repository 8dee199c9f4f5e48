export const auditMessages = {
  audit: {
    title: 'Журнал аудита',
    filters: { from: 'С даты', to: 'По дату' },
    fields: {
      at: 'Когда',
      actor: 'Сотрудник',
      action: 'Действие',
      member: 'Член СРО',
      changes: 'Поля',
      ip: 'IP-адрес',
    },
  },
};
