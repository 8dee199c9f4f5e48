import { appealMessages } from '../appeals/messages';
import { memberMessages } from '../members/messages';
import { representativeMessages } from '../representatives/messages';
import { auditMessages } from '../audit/messages';
import { dashboardMessages } from '../dashboard/messages';
import { eventMessages } from '../events/messages';
import { jobMessages } from '../jobs/messages';
import { letterMessages } from '../letters/messages';
import { levelMessages } from '../levels/messages';
import { regulationMessages } from '../regulation-versions/messages';
import { staffUserMessages } from '../staff-users/messages';

/** Every text of the app that react-admin's Russian translation does not already have. */
export const sroMessages = {
  sro: {
    app: { title: 'СРО — рабочее место сотрудника' },
    common: { none: '—', yes: 'да', no: 'нет', forbidden: 'Раздел доступен только администратору СРО.' },
    error: {
      unknown: 'Что-то пошло не так. Попробуйте ещё раз.',
      network: 'Нет связи с сервером. Проверьте подключение и попробуйте ещё раз.',
      unsupported: 'Это действие недоступно.',
    },
    auth: {
      email: 'E-mail',
      password: 'Пароль',
      sign_in_failed: 'Не удалось войти.',
      sign_in_required: 'Войдите, чтобы продолжить.',
      session_expired: 'Сеанс истёк. Войдите снова.',
      staff_only:
        'Вход только для сотрудников СРО. Представители членов СРО работают в боте и личном кабинете.',
    },
    files: {
      drop: 'Перетащите файлы сюда или нажмите, чтобы выбрать (до 10 файлов, каждый до 20 МБ)',
      rejected: 'Файл не добавлен: не больше 10 файлов, каждый до 20 МБ.',
    },
    menu: {
      appeals: 'Обращения',
      dashboard: 'Сводка',
      members: 'Реестр членов СРО',
      representatives: 'Представители',
      letters: 'Письма',
      notifications: 'Уведомления',
      events: 'События',
      audit: 'Журнал аудита',
      levels: 'Уровни ответственности',
      regulation: 'Редакции регламента',
      staff_users: 'Сотрудники',
      jobs: 'Фоновые задачи',
      new_appeals: 'Новых обращений: %{smart_count}',
      overdue_appeals: 'Просроченных обращений: %{smart_count}',
    },
    ...appealMessages,
    ...memberMessages,
    ...representativeMessages,
    ...letterMessages,
    ...eventMessages,
    ...auditMessages,
    ...levelMessages,
    ...regulationMessages,
    ...staffUserMessages,
    ...jobMessages,
    ...dashboardMessages,
  },
};
