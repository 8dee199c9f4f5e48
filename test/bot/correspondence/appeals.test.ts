import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createStaff, staffToken } from '../../helpers/factories.js';
import { buttonsOf } from '../core/bot-harness.js';
import {
  chatWith,
  linkedUser,
  useCorrespondenceHarness,
  type CorrespondenceHarness,
} from './correspondence-harness.js';

/** Files an appeal through the API as the representative, as the cabinet would. */
async function fileThroughApi(
  harness: CorrespondenceHarness,
  session: string,
  fields: Record<string, string>,
) {
  const response = await request(harness.api.app)
    .post('/api/v1/appeals')
    .set('Authorization', `Bearer ${session}`)
    .field(fields)
    .expect(201);
  return response.body as { id: string; registrationNumber: string };
}

describe('bot: appeals', () => {
  const harness = useCorrespondenceHarness();

  it('when the member has appeals, then the journal shows their statuses, and an answered one shows its history and leads to the answer letter', async () => {
    const { user, session } = await linkedUser(harness);
    const answered = await fileThroughApi(harness, session, {
      category: 'other',
      text: 'Прошу разъяснить порядок уплаты взносов.',
    });
    const waiting = await fileThroughApi(harness, session, {
      category: 'registry_extract',
      details: JSON.stringify({ copies: 1, delivery: 'electronic' }),
    });
    const expert = await createStaff(harness.api.deps.hasher, 'expert');
    const staff = `Bearer ${await staffToken(expert)}`;
    await request(harness.api.app)
      .post(`/api/v1/staff/appeals/${answered.id}/assign`)
      .set('Authorization', staff)
      .send({ expertId: String(expert._id) })
      .expect(200);
    await request(harness.api.app)
      .post(`/api/v1/staff/appeals/${answered.id}/answer`)
      .set('Authorization', staff)
      .field('text', 'Разъясняем: взносы уплачиваются ежеквартально.')
      .expect(201);
    const chat = chatWith(harness, user);

    const journal = await chat.click('appeals:page:1', '2 обращения');
    expect(journal.text).toContain(`${answered.registrationNumber} от`);
    expect(journal.text).toContain('Другое обращение — дан ответ');
    expect(journal.text).toContain('Выписка из реестра членов СРО — подано');
    expect(journal.text).not.toMatch(/Заказать|Запросить|Остальные/);
    expect(buttonsOf(journal)).toHaveProperty(`🕓 ${waiting.registrationNumber} · Подано`);
    const opened = await chat.press(journal, `✅ ${answered.registrationNumber} · Дан ответ`, 'История');

    expect(opened.text).toContain(`Обращение № ${answered.registrationNumber}\nДругое обращение\n`);
    expect(opened.text).toContain(`Эксперт СРО: ${expert.fullName}`);
    expect(opened.text).toMatch(/🕓 .* — Подано[\s\S]*⏳ .* — В работе[\s\S]*✅ .* — Дан ответ/);
    const letter = await chat.press(opened, '✉️ Ответ СРО', 'Разъясняем: взносы уплачиваются ежеквартально.');
    expect(letter.text).toContain(`Эксперт СРО: ${expert.fullName}`);
  });

  it('when a push about a status change is tapped, then the appeal comes as a new message and the push stays', async () => {
    const { user, session } = await linkedUser(harness);
    const appeal = await fileThroughApi(harness, session, {
      category: 'other',
      text: 'Вопрос по членским взносам.',
    });

    const opened = await chatWith(harness, user).click(
      `appeal:${appeal.id}`,
      `Обращение № ${appeal.registrationNumber}`,
    );

    expect(opened.text).toContain('Срок ответа: до');
    expect(
      harness.telegram.callsOf('editMessageText').filter((call) => call.params.chat_id === user.id),
    ).toHaveLength(0);
  });

  it('when the member has no appeals, then the journal says so and offers to file one', async () => {
    const { user } = await linkedUser(harness);

    const journal = await chatWith(harness, user).click('appeals:page:1', 'Обращений пока нет');

    expect(buttonsOf(journal)).toHaveProperty('➕ Подать обращение', 'appeals:new');
  });

  it('when the representative wants to change the level or the right to work, then the bot explains that such applications are signed and filed in the cabinet on the site', async () => {
    const { user } = await linkedUser(harness);
    const chat = chatWith(harness, user);

    const direct = await chat.click('appeals:file:level_change', 'электронной подписью');
    expect(direct.text).toContain('файл его откреплённой подписи');
    const choice = await chat.click('appeals:new', 'Подать обращение');
    expect(Object.keys(buttonsOf(choice))).toEqual(
      expect.arrayContaining(['📄 Выписка из реестра', '🧾 Бухгалтерские документы', '✉️ Другое обращение']),
    );
    const explanation = await chat.press(
      choice,
      '✍️ С электронной подписью и другие',
      'электронной подписью',
    );

    expect(explanation.text).toContain(
      '(уровень ответственности, право выполнять работы, адрес и другие сведения)',
    );
    expect(explanation.text).toContain('в личном кабинете на сайте СРО');
  });
});
