export const staffUserMessages = {
  staff_users: {
    title: 'Сотрудники СРО',
    create: 'Новый сотрудник',
    edit: 'Сотрудник',
    roles: { expert: 'Эксперт', admin: 'Администратор' },
    password_help: 'Начальный пароль: сотрудник сменит его сам. Не короче 10 знаков, не из словаря.',
    active_help: 'Отключение сразу завершает все сеансы сотрудника.',
    filters: { q: 'Имя или e-mail' },
    fields: {
      fullName: 'ФИО',
      email: 'E-mail',
      role: 'Роль',
      active: 'Действует',
      password: 'Начальный пароль',
      lastSignInAt: 'Последний вход',
    },
  },
};
