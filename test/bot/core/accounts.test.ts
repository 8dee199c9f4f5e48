import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { RepresentativeModel } from '../../../api/domain/representatives/representative.model.js';
import { representativeToken, TEST_PASSWORD } from '../../helpers/factories.js';
import {
  botAnswer,
  buttonsOf,
  newTelegramUser,
  SRO_PHONE,
  useBotHarness,
  type TestUser,
} from './bot-harness.js';
import { linkThroughDeepLink, representativeWithLink } from './linking-fixtures.js';

describe('bot: several members, unlinking and refused accounts', () => {
  const harness = useBotHarness();

  const say = (user: TestUser, text: string, expected?: RegExp | string) =>
    botAnswer(harness.telegram, user, () => harness.telegram.userSends(text, user), expected);
  const click = (user: TestUser, data: string, expected?: RegExp | string, messageId?: number) =>
    botAnswer(
      harness.telegram,
      user,
      () => harness.telegram.userClicks(data, { ...user, messageId }),
      expected,
    );

  async function userWithTwoMembers() {
    const user = newTelegramUser();
    const first = await representativeWithLink(harness.api);
    const second = await representativeWithLink(harness.api);
    await linkThroughDeepLink(harness, user, first.token);
    await linkThroughDeepLink(harness, user, second.token);
    return { user, first, second };
  }

  it('when one Telegram user represents two members, then «Сменить организацию» switches between them', async () => {
    const { user, first, second } = await userWithTwoMembers();
    const menu = await say(user, '/menu', second.member.shortName);
    expect(buttonsOf(menu)).toHaveProperty('🔄 Сменить организацию', 'accounts');

    const choice = await click(user, 'accounts', 'Выберите организацию');
    expect(buttonsOf(choice)).toMatchObject({
      [first.member.shortName]: `account:use:${first.member._id}`,
      [`✓ ${second.member.shortName}`]: `account:use:${second.member._id}`,
    });
    const switched = await click(user, `account:use:${first.member._id}`, first.member.shortName);

    expect(switched.text).toContain(`Вы вошли как ${first.representative.fullName}`);
    expect((await say(user, '/menu', /./)).text).toContain(first.member.shortName);
  });

  it('when the user sends /unlink, then the current member is unlinked in the API and the other one stays', async () => {
    const { user, first, second } = await userWithTwoMembers();

    const answer = await say(user, '/unlink', 'отвязан');

    expect(answer.text).toContain(
      `Telegram отвязан от личного кабинета организации ${second.member.shortName}`,
    );
    expect(answer.text).toContain(`Сейчас выбрана организация ${first.member.shortName}`);
    const links = await request(harness.api.app)
      .get('/api/v1/telegram/links')
      .set('Authorization', `Bearer ${await representativeToken(second.representative)}`);
    expect(links.body.links).toEqual([]);
    const menu = await say(user, '/menu', first.member.shortName);
    expect(buttonsOf(menu)).not.toHaveProperty('🔄 Сменить организацию');
    expect((await say(user, '/unlink', 'отвязан')).text).not.toContain('Сейчас выбрана');
    expect((await say(user, '/menu', /./)).text).toContain('Войти по e-mail');
  });

  it('when staff suspend the representative, then the next tap shows the reason and whom to call, on every attempt, and the other member still works', async () => {
    const { user, first, second } = await userWithTwoMembers();
    const menu = await say(user, '/menu', second.member.shortName);
    await RepresentativeModel.updateOne(
      { _id: second.representative._id },
      { status: 'suspended', suspendReason: 'Вход с незнакомого устройства' },
    );

    const refusal = await click(user, 'card', 'закрыт', menu.message_id);

    expect(refusal.message_id).toBe(menu.message_id);
    expect(refusal.text).toContain(`Доступ к личному кабинету организации ${second.member.shortName} закрыт`);
    expect(refusal.text).toContain('Доступ приостановлен сотрудником СРО');
    expect(refusal.text).toContain('Причина: «Вход с незнакомого устройства»');
    expect(refusal.text!.match(/братитесь в СРО|озвоните в СРО/gi)).toHaveLength(1);
    expect(refusal.text).toContain(`Телефон СРО: ${SRO_PHONE}`);
    expect(Object.keys(buttonsOf(refusal))).toEqual([
      '🔁 Проверить доступ снова',
      '🔄 Сменить организацию',
      '❓ Помощь',
    ]);
    expect((await say(user, '/menu', 'закрыт')).text).toContain('Доступ приостановлен');
    const choice = await click(user, 'accounts', 'Выберите организацию');
    expect(buttonsOf(choice)).toHaveProperty(`⛔ ${second.member.shortName}`);
    expect((await click(user, `account:use:${first.member._id}`, /./)).text).toContain(
      first.member.shortName,
    );
  });

  it('when the only linked representative is suspended and later restored, then «Проверить доступ снова» brings the menu back', async () => {
    const { member, representative, token } = await representativeWithLink(harness.api);
    const user = newTelegramUser();
    await linkThroughDeepLink(harness, user, token);
    await RepresentativeModel.updateOne(
      { _id: representative._id },
      { status: 'suspended', suspendReason: 'Проверка заявления о доступе' },
    );

    const refusal = await say(user, '/menu', 'закрыт');
    expect(Object.keys(buttonsOf(refusal))).toEqual(['🔁 Проверить доступ снова', '❓ Помощь']);
    const since = harness.telegram.calls.length;
    harness.telegram.userClicks(buttonsOf(refusal)['🔁 Проверить доступ снова']!, {
      ...user,
      messageId: refusal.message_id,
    });
    const notice = await harness.telegram.waitForCall(
      'answerCallbackQuery',
      (_call, index) => index >= since,
    );
    expect(notice.params).toMatchObject({ text: 'Доступ пока закрыт' });
    await RepresentativeModel.updateOne(
      { _id: representative._id },
      { status: 'active', suspendReason: null, suspendedAt: null },
    );

    const menu = await click(user, 'menu', member.shortName, refusal.message_id);
    expect(buttonsOf(menu)).toHaveProperty('🏢 Карточка');
  });

  it('when the representative changes the password, then the link ends and the bot says so and forgets it', async () => {
    const { member, representative, token } = await representativeWithLink(harness.api);
    const user = newTelegramUser();
    await linkThroughDeepLink(harness, user, token);
    await request(harness.api.app)
      .post('/api/v1/auth/password')
      .set('Authorization', `Bearer ${await representativeToken(representative)}`)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'Novyi-Parol-Kotlovana-2026' })
      .expect(200);

    const answer = await say(user, '/menu', 'завершена');

    expect(answer.text).toContain(`Связь с личным кабинетом организации ${member.shortName} завершена`);
    expect(buttonsOf(answer)).toHaveProperty('✉️ Войти по e-mail');
    expect((await say(user, '/start', /./)).text).toContain('Войти по e-mail');
  });
});
