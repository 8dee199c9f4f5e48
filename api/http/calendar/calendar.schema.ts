import { z } from 'zod';

export const calendarSubscriptionSchema = z
  .object({
    url: z
      .string()
      .meta({ description: 'Секретный адрес календаря (iCalendar): <адрес кабинета>/calendar/<токен>.ics' }),
    webcalUrl: z
      .string()
      .meta({ description: 'Тот же адрес со схемой webcal:// — открывает подписку в приложении' }),
  })
  .meta({ id: 'CalendarSubscription' });
