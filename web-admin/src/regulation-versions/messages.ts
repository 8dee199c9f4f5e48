export const regulationMessages = {
  regulation: {
    title: 'Редакции регламента',
    create: 'Опубликовать редакцию',
    current: 'Действующая',
    version_help: 'Например, СС-СРО-ОД-06-2026-02',
    text_help: 'Текст или ссылка на него: хотя бы одно из двух',
    fields: {
      version: 'Обозначение',
      title: 'Название',
      effectiveFrom: 'Действует с',
      url: 'Ссылка',
      text: 'Текст',
      current: 'Статус',
    },
  },
};
