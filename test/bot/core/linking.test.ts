import { tmpdir } from 'node:os';
import { describe, expect, it } from '@jest/globals';
import { RepresentativeModel } from '../../../api/domain/representatives/representative.model.js';
import { createEmailChannel } from '../../../jobs/channels/email.channel.js';
import { dispatchOutbox } from '../../../jobs/dispatch-outbox.job.js';
import { createMember, createRepresentative } from '../../helpers/factories.js';
import { silentLogger } from '../../helpers/silent-logger.js';
import { useSmtpPeer } from '../../helpers/smtp-peer.js';
import {
  botAnswer,
  buttonsOf,
  SRO_PHONE,
  type TestUser,
  newTelegramUser,
  useBotHarness,
} from './bot-harness.js';
import { issueLinkToken, linkThroughDeepLink, representativeWithLink } from './linking-fixtures.js';

describe('bot: linking Telegram to the cabinet', () => {
  const harness = useBotHarness();
  const smtp = useSmtpPeer();

  const say = (user: TestUser, text: string, expected?: RegExp | string) =>
    botAnswer(harness.telegram, user, () => harness.telegram.userSends(text, user), expected);
  const click = (user: TestUser, data: string, expected?: RegExp | string) =>
    botAnswer(harness.telegram, user, () => harness.telegram.userClicks(data, user), expected);

  /** Delivers the outbox's e-mails to the SMTP peer, as the jobs do, and reads the code from the last one. */
  async function mailedCode(email: string): Promise<string> {
    const channel = createEmailChannel({
      smtpUrl: smtp.peer.url,
      from: 'СРО <no-reply@sro.test>',
      dataDir: tmpdir(),
      log: silentLogger,
    });
    await dispatchOutbox({ email: channel, publicUrl: 'http://cabinet.test', log: silentLogger });
    const mail = smtp.peer.messages
      .filter((message) => message.to && JSON.stringify(message.to).includes(email))
      .at(-1);
    return /\b(\d{6})\b/.exec(mail?.subject ?? '')![1]!;
  }

  it('when a representative opens the deep link, then the confirmation names the company and the person', async () => {
    const { member, representative, token } = await representativeWithLink(harness.api);
    const user = newTelegramUser();

    const confirmation = await linkThroughDeepLink(harness, user, token);

    expect(confirmation.text).toContain('Telegram привязан к личному кабинету');
    expect(confirmation.text).toContain(`Организация: ${member.shortName}, ИНН ${member.inn}`);
    expect(confirmation.text).toContain(`Представитель: ${representative.fullName}`);
    const menu = await say(user, '/menu', member.shortName);
    expect(menu.text).toContain(`Вы вошли как ${representative.fullName}`);
  });

  it('when the deep link was already used, then the bot says so plainly and offers the e-mail way', async () => {
    const { token } = await representativeWithLink(harness.api);
    await linkThroughDeepLink(harness, newTelegramUser(), token);
    const stranger = newTelegramUser();

    const answer = await say(stranger, `/start ${token}`, 'Ссылка уже использована');

    expect(answer.text).toContain('Получите новую ссылку');
    expect(buttonsOf(answer)).toHaveProperty('✉️ Войти по e-mail');
    expect((await say(stranger, '/menu', /привяжите Telegram/)).text).toContain('Войти по e-mail');
  });

  it('when a suspended representative opens the deep link, then the bot says why and whom to call, without other ways in', async () => {
    const { representative, token } = await representativeWithLink(harness.api);
    await RepresentativeModel.updateOne(
      { _id: representative._id },
      { status: 'suspended', suspendReason: 'Сообщение о потере телефона' },
    );

    const answer = await say(newTelegramUser(), `/start ${token}`, '⛔');

    expect(answer.text).toContain('Доступ приостановлен сотрудником СРО');
    expect(answer.text).toContain('Причина: «Сообщение о потере телефона»');
    expect(answer.text!.match(/братитесь в СРО|озвоните в СРО/gi)).toHaveLength(1);
    expect(answer.text).toContain(`Телефон СРО: ${SRO_PHONE}`);
    expect(answer.reply_markup).toBeUndefined();
  });

  it('when the account is linked in another Telegram too, then the confirmation offers to end that link, and ending it works at once', async () => {
    const { member, representative, token } = await representativeWithLink(harness.api);
    const first = newTelegramUser();
    await linkThroughDeepLink(harness, first, token);
    const second = newTelegramUser();

    const confirmation = await linkThroughDeepLink(
      harness,
      second,
      await issueLinkToken(harness.api, representative),
    );
    expect(confirmation.text).toContain('привязан ещё к другим Telegram (1)');
    const [endButton] = Object.entries(buttonsOf(confirmation)).filter(([label]) =>
      label.startsWith('Завершить привязку'),
    );
    const links = await click(second, endButton![1], 'Привязки Telegram');

    expect(links.text).toContain('Этот Telegram');
    expect(links.text).not.toContain('Другой Telegram');
    expect((await say(first, '/menu', 'завершена')).text).toContain(
      `Связь с личным кабинетом организации ${member.shortName} завершена`,
    );
  });

  it('when a stale «end link» button names a link that is not there, then the links screen comes back with the menu', async () => {
    const { token } = await representativeWithLink(harness.api);
    const user = newTelegramUser();
    await linkThroughDeepLink(harness, user, token);
    const since = harness.telegram.calls.length;

    const links = await click(user, 'link:end:0', 'Привязки Telegram');

    expect(links.text).toContain('Этот Telegram');
    expect(links.text).not.toContain('Такой привязки');
    expect(buttonsOf(links)).toHaveProperty('🏠 Главное меню', 'menu');
    const notice = await harness.telegram.waitForCall(
      'answerCallbackQuery',
      (_call, index) => index >= since,
    );
    expect(notice.params).toMatchObject({ text: 'Этой привязки уже нет — вот привязки сейчас' });
  });

  it('when someone not linked sends /start, then the bot explains both ways to link', async () => {
    const answer = await say(newTelegramUser(), '/start');

    expect(answer.text).toContain('со страницы активации личного кабинета');
    expect(answer.text).toContain('Пароль от личного кабинета в этот чат вводить не нужно');
    expect(buttonsOf(answer)).toEqual({ '✉️ Войти по e-mail': 'link:email' });
  });

  it('when a representative logs in by e-mail and types a wrong code first, then the bot says how many attempts are left and the right code links', async () => {
    const member = await createMember();
    const representative = await createRepresentative(harness.api.deps.hasher, member._id);
    const user = newTelegramUser();

    await click(user, 'link:email', 'Введите ИНН');
    await say(user, '12345', 'ИНН — это 10 цифр');
    await say(user, member.inn, 'Введите адрес электронной почты');
    await say(user, 'не почта', 'не похоже на адрес');
    const sent = await say(user, representative.email, 'придёт письмо');
    expect(sent.text).not.toContain(representative.email);
    const code = await mailedCode(representative.email);
    const wrong = code === '000000' ? '111111' : '000000';

    expect((await say(user, wrong, 'Неверный код')).text).toBe('Неверный код. Осталось попыток: 4');
    const confirmation = await say(user, code, 'привязан');

    expect(confirmation.text).toContain(`Организация: ${member.shortName}`);
    expect(confirmation.text).toContain(`Представитель: ${representative.fullName}`);
    expect((await say(user, '/menu', member.shortName)).text).toContain('Непрочитанных писем');
  });

  it('when the user cancels the e-mail login half-way, then the bot leaves the conversation', async () => {
    const member = await createMember();
    const user = newTelegramUser();
    await click(user, 'link:email', 'Введите ИНН');
    await say(user, member.inn, 'Введите адрес');

    await click(user, 'cancel', 'Вход по e-mail отменён');

    expect((await say(user, 'ivanov@example.ru', 'Не понял')).text).toContain('/help');
  });

  it('when the API fails in the middle of the e-mail login, then the bot apologises and the chat is not stuck in the conversation', async () => {
    const member = await createMember();
    const user = newTelegramUser();
    await click(user, 'link:email', 'Введите ИНН');
    await say(user, member.inn, 'Введите адрес');
    harness.faults.garbleNext('/telegram/email-codes');

    await say(user, 'ivanov@example.ru', 'Извините, что-то пошло не так');

    expect((await say(user, member.inn, /./)).text).toContain('Не понял');
    expect((await say(user, '/start', /./)).text).toContain('Войти по e-mail');
  });
});
