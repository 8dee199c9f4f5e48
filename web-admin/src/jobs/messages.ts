export const jobMessages = {
  jobs: {
    title: 'Фоновые задачи',
    retry: 'Повторить',
    retried: 'Задача поставлена на выполнение',
    states: { failed: 'Ошибка', running: 'Выполняется', scheduled: 'Запланирована', completed: 'Выполнена' },
    fields: {
      name: 'Задача',
      state: 'Состояние',
      nextRunAt: 'Следующий запуск',
      lastFinishedAt: 'Последнее завершение',
      failReason: 'Причина ошибки',
      failCount: 'Ошибок',
    },
  },
};
