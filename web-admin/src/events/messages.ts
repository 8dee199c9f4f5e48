export const eventMessages = {
  events: {
    title: 'События',
    create: 'Новое событие',
    edit: 'Событие',
    everyone: 'Все члены СРО',
    invited: 'Приглашено членов СРО: %{smart_count}',
    kinds: {
      seminar: 'Семинар',
      meeting: 'Совещание',
      session: 'Заседание',
      general_assembly: 'Общее собрание',
    },
    filters: { from: 'С даты', to: 'По дату' },
    fields: {
      title: 'Название',
      kind: 'Вид',
      startsAt: 'Начало',
      endsAt: 'Окончание',
      location: 'Место',
      videoUrl: 'Ссылка на видеоконференцию',
      description: 'Описание',
      audience: 'Приглашённые члены СРО (пусто — все)',
    },
  },
};
