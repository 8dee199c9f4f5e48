import { describe, expect, it, jest } from '@jest/globals';
import { RepresentativeModel } from '../../../api/domain/representatives/representative.model.js';
import {
  appealsOf,
  appealWithFiles,
  chatWith,
  linkedUser,
  sampleJpeg,
  samplePdf,
  useCorrespondenceHarness,
} from './correspondence-harness.js';

// A chat gets about a message a second from the bot (the throttler), and a form is a dozen of them.
jest.setTimeout(60_000);
describe('bot: filing simple appeals', () => {
  const harness = useCorrespondenceHarness();

  it('when the representative orders a registry extract with a document and a photo, then the API gets the appeal with both files and the bot gives its number', async () => {
    const { user, session } = await linkedUser(harness);
    const chat = chatWith(harness, user);
    const pdf = samplePdf();
    const jpeg = sampleJpeg();

    const choice = await chat.click('appeals:new', 'Подать обращение');
    await chat.press(choice, '📄 Выписка из реестра', 'Сколько экземпляров');
    await chat.say('два', 'Количество экземпляров выписки — целое число от 1 до 10');
    await chat.say('15', 'от 1 до 10');
    const delivery = await chat.say('2', 'Как получить выписку?');
    expect(delivery.reply_markup!.inline_keyboard.every((row) => row.length > 0)).toBe(true);
    await chat.press(delivery, 'Бумажный экземпляр в офисе СРО', 'комментарий');
    await chat.say('Выписка нужна для участия в торгах.', 'Приложите документы');
    await chat.sendDocument('Доверенность.pdf', pdf, 'принят (всего 1 файл)');
    const accepted = await chat.sendPhoto(jpeg, 'принят (всего 2 файла)');
    const summary = await chat.press(accepted, '✅ Готово', 'Проверьте обращение');

    expect(summary.text).toContain('Количество экземпляров выписки: 2');
    expect(summary.text).toContain('Способ получения: Бумажный экземпляр в офисе СРО');
    expect(summary.text).toContain('Комментарий: Выписка нужна для участия в торгах.');
    expect(summary.text).toContain('Файлы: «Доверенность.pdf», «Фото 2.jpg»');
    const sent = await chat.press(summary, '📨 Отправить', 'Обращение отправлено');
    const [filed, ...others] = await appealsOf(harness, session);
    expect(others).toHaveLength(0);
    expect(sent.text).toContain(`Регистрационный номер: ${filed!.registrationNumber}`);
    const appeal = await appealWithFiles(harness, session, filed!.id);
    expect(filed!.category).toBe('registry_extract');
    expect(appeal.details).toEqual({ copies: 2, delivery: 'paper_pickup' });
    expect(appeal.text).toBe('Выписка нужна для участия в торгах.');
    expect(appeal.files.map((file) => file.filename)).toEqual(['Доверенность.pdf', 'Фото 2.jpg']);
    expect(Buffer.compare(appeal.files[0]!.bytes, pdf)).toBe(0);
    expect(Buffer.compare(appeal.files[1]!.bytes, jpeg)).toBe(0);
  });

  it('when the representative requests accounting documents, then the choice, the period (checked) and the files reach the API', async () => {
    const { user, session } = await linkedUser(harness);
    const chat = chatWith(harness, user);
    const pdf = samplePdf();
    const jpeg = sampleJpeg();

    const question = await chat.click('appeals:file:accounting_documents', 'Какие документы нужны?');
    await chat.press(question, '✅ Готово', 'Отметьте хотя бы один вариант');
    for (const label of ['▫️ Акт сверки', '▫️ Счёт']) {
      const since = harness.telegram.calls.length;
      harness.telegram.userClicks(`form:choice:${label === '▫️ Счёт' ? 'invoice' : 'reconciliation_act'}`, {
        ...user,
        messageId: question.message_id,
      });
      await harness.telegram.waitFor(
        (call, index) => index >= since && call.method === 'editMessageReplyMarkup',
      );
    }
    await chat.click('form:done', 'С какой даты');
    await chat.say('31.02.2026', 'Не понял дату');
    await chat.say('01.04.2026', 'По какую дату?');
    await chat.say('01.03.2026', 'Конец периода не может быть раньше его начала (01.04.2026)');
    await chat.say('30.06.2026', 'комментарий');
    await chat.click('form:skip', 'Приложите документы');
    await chat.sendDocument('Письмо-запрос.pdf', pdf, 'принят');
    await chat.sendPhoto(jpeg, 'принят');
    const summary = await chat.click('form:done', 'Проверьте обращение');

    expect(summary.text).toContain('Какие документы нужны: Акт сверки, Счёт');
    expect(summary.text).toContain('Период: с 01.04.2026 по 30.06.2026');
    expect(summary.text).toContain('Комментарий: нет');
    await chat.press(summary, '📨 Отправить', 'Обращение отправлено');
    const [filed] = await appealsOf(harness, session);
    const appeal = await appealWithFiles(harness, session, filed!.id);
    expect(filed!.category).toBe('accounting_documents');
    expect(appeal.details).toMatchObject({ documents: ['reconciliation_act', 'invoice'] });
    expect(String(appeal.details.periodFrom)).toMatch(/^2026-04-01/);
    expect(String(appeal.details.periodTo)).toMatch(/^2026-06-30/);
    expect(appeal.files.map((file) => file.bytes.length)).toEqual([pdf.length, jpeg.length]);
  });

  it('when the representative files another appeal and changes its text from the summary, then the API gets the new text with the files', async () => {
    const { user, session } = await linkedUser(harness);
    const chat = chatWith(harness, user);
    const pdf = samplePdf();
    const jpeg = sampleJpeg();

    const question = await chat.click('appeals:file:other', 'Напишите текст обращения');
    expect(question.text).toContain('подаётся в личном кабинете на сайте СРО');
    await chat.sendPhoto(jpeg, 'Нужен текст');
    await chat.say('Прошу сообщить дату общего собрания.', 'Приложите документы');
    await chat.sendDocument('Вопросы.pdf', pdf, 'принят');
    await chat.sendPhoto(jpeg, 'принят');
    const summary = await chat.click('form:done', 'Текст обращения: Прошу сообщить дату общего собрания.');
    const parts = await chat.press(summary, '✏️ Изменить', 'Что изменить?');
    await chat.press(parts, 'Текст обращения', 'Напишите текст обращения');
    const changed = await chat.say('Прошу сообщить дату и место общего собрания.', 'Проверьте обращение');

    expect(changed.text).toContain('Текст обращения: Прошу сообщить дату и место общего собрания.');
    expect(changed.text).toContain('Файлы: «Вопросы.pdf», «Фото 2.jpg»');
    await chat.press(changed, '📨 Отправить', 'Обращение отправлено');
    const [filed, ...others] = await appealsOf(harness, session);
    expect(others).toHaveLength(0);
    const appeal = await appealWithFiles(harness, session, filed!.id);
    expect(appeal.text).toBe('Прошу сообщить дату и место общего собрания.');
    expect(appeal.details).toEqual({ registryChange: false });
    expect(Buffer.compare(appeal.files[0]!.bytes, pdf)).toBe(0);
    expect(Buffer.compare(appeal.files[1]!.bytes, jpeg)).toBe(0);
  });

  it('when a document is over 20 MB, then the bot says Telegram will not give it and the form goes on without it', async () => {
    const { user, session } = await linkedUser(harness);
    const chat = chatWith(harness, user);
    await chat.click('appeals:file:other', 'Напишите текст обращения');
    await chat.say('Направляем проектную документацию.', 'Приложите документы');

    const refusal = await chat.sendDocument('Чертежи.pdf', undefined, 'больше 20 МБ', 25 * 1024 * 1024);

    expect(refusal.text).toContain(
      'Файл «Чертежи.pdf» (25 МБ) больше 20 МБ: Telegram не даёт ботам получать такие файлы',
    );
    await chat.sendDocument('Опись.pdf', samplePdf(), 'Файл «Опись.pdf» принят (всего 1 файл)');
    const summary = await chat.click('form:done', 'Проверьте обращение');
    expect(summary.text).toContain('Файлы: «Опись.pdf»');
    await chat.press(summary, '📨 Отправить', 'Обращение отправлено');
    const [filed] = await appealsOf(harness, session);
    expect((await appealWithFiles(harness, session, filed!.id)).files.map((file) => file.filename)).toEqual([
      'Опись.pdf',
    ]);
  });

  it('when the representative cancels half-way, then nothing is filed and the chat is free again', async () => {
    const { user, session } = await linkedUser(harness);
    const chat = chatWith(harness, user);
    await chat.click('appeals:file:registry_extract', 'Сколько экземпляров');
    await chat.say('1', 'Как получить выписку?');

    const cancelled = await chat.click('cancel', 'Подача обращения отменена');

    expect(cancelled.text).toContain('Ничего не отправлено');
    expect(await appealsOf(harness, session)).toHaveLength(0);
    expect((await chat.say('2', /./)).text).toContain('Не понял');
    await chat.click('appeals:file:other', 'Напишите текст обращения');
    await chat.say('/cancel', 'Подача обращения отменена');
    expect(await appealsOf(harness, session)).toHaveLength(0);
  });

  it('when the representative opens the menu in the middle of a form, then the form ends unsent and the menu opens', async () => {
    const { member, user, session } = await linkedUser(harness);
    const chat = chatWith(harness, user);
    await chat.click('appeals:file:other', 'Напишите текст обращения');

    await chat.say('/menu', 'Подача обращения прервана');

    await harness.telegram.waitFor(
      (call) => call.method === 'sendMessage' && String(call.params.text).includes(member.shortName),
    );
    expect(await appealsOf(harness, session)).toHaveLength(0);
    const since = harness.telegram.calls.length;
    harness.telegram.userClicks('form:send', user);
    const stale = await harness.telegram.waitFor(
      (call, index) => index >= since && call.method === 'answerCallbackQuery',
    );
    expect(stale.params.text).toContain('Эта форма уже закрыта');
    expect(await appealsOf(harness, session)).toHaveLength(0);
  });

  it('when the API refuses a file, then the bot says why, and the representative attaches other files and sends', async () => {
    const { user, session } = await linkedUser(harness);
    const chat = chatWith(harness, user);
    await chat.click('appeals:file:other', 'Напишите текст обращения');
    await chat.say('Направляем программу для проверки.', 'Приложите документы');
    await chat.sendDocument('setup.exe', Buffer.concat([Buffer.from('MZ'), samplePdf()]), 'принят');
    const summary = await chat.click('form:done', 'Проверьте обращение');

    const refused = await chat.press(summary, '📨 Отправить', 'Обращение не отправлено');
    expect(refused.text).toContain('Файл «setup.exe» нельзя приложить');
    const parts = await chat.click('form:edit', 'Что изменить?');
    await chat.press(parts, 'Файлы (приложить заново)', 'Приложите документы');
    await chat.sendDocument('Программа.pdf', samplePdf(), 'принят');
    const corrected = await chat.click('form:done', 'Файлы: «Программа.pdf»');
    await chat.press(corrected, '📨 Отправить', 'Обращение отправлено');

    const [filed, ...others] = await appealsOf(harness, session);
    expect(others).toHaveLength(0);
    const appeal = await appealWithFiles(harness, session, filed!.id);
    expect(appeal.files.map((file) => file.filename)).toEqual(['Программа.pdf']);
  });

  it('when staff suspend the representative in the middle of a form, then sending shows the refusal and files nothing', async () => {
    const { user, representative, session } = await linkedUser(harness);
    const chat = chatWith(harness, user);
    await chat.click('appeals:file:other', 'Напишите текст обращения');
    await chat.say('Прошу выслать акт сверки.', 'Приложите документы');
    const summary = await chat.click('form:done', 'Проверьте обращение');
    await RepresentativeModel.updateOne({ _id: representative._id }, { status: 'suspended' });

    const refusal = await chat.press(summary, '📨 Отправить', 'закрыт');

    expect(refusal.text).toContain('Доступ к личному кабинету организации');
    await RepresentativeModel.updateOne({ _id: representative._id }, { status: 'active' });
    expect(await appealsOf(harness, session)).toHaveLength(0);
    expect((await chat.say('Текст после отказа', /./)).text).toContain('Не понял');
  });
});
