import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Message } from 'grammy/types';
import request from 'supertest';
import { EventModel } from '../../../api/domain/events/event.model.js';
import { seedResponsibilityLevels } from '../../../api/domain/levels/responsibility-level.repository.js';
import { moscowNoon } from '../../api/cabinet/cabinet-fixtures.js';
import { seedSummaryCase } from '../../api/cabinet/summary-case.js';
import { createMember, createRepresentative, representativeToken } from '../../helpers/factories.js';
import {
  botAnswer,
  buttonsOf,
  newTelegramUser,
  SRO_PHONE,
  useBotHarness,
  type TestUser,
} from './bot-harness.js';
import { issueLinkToken, linkThroughDeepLink } from './linking-fixtures.js';

/** Intl puts no-break spaces between thousands; the tests read the figures as a person does. */
const plain = (message: Message) => (message.text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('bot: the main screen and its sections', () => {
  const harness = useBotHarness();
  const user = newTelegramUser();
  let member: Awaited<ReturnType<typeof createMember>>;
  let representative: Awaited<ReturnType<typeof createRepresentative>>;

  beforeAll(async () => {
    await seedResponsibilityLevels();
    member = await createMember({
      workRight: {
        construction: true,
        reconstruction: true,
        majorRepair: false,
        demolition: true,
        objectKinds: ['ordinary'],
        status: 'active',
        since: new Date('2020-03-01'),
      },
    });
    const other = await createMember();
    await seedSummaryCase(member._id, other._id);
    await EventModel.create(
      [10, 11, 12, 13, 14].map((day) => ({
        title: `Семинар по охране труда ${day}`,
        kind: 'seminar',
        startsAt: moscowNoon(day),
        endsAt: moscowNoon(day),
        audience: [],
      })),
    );
    representative = await createRepresentative(harness.api.deps.hasher, member._id);
    await linkThroughDeepLink(harness, user, await issueLinkToken(harness.api, representative));
  });

  const say = (text: string, expected?: RegExp | string, who: TestUser = user) =>
    botAnswer(harness.telegram, who, () => harness.telegram.userSends(text, who), expected);
  const click = (data: string, expected?: RegExp | string) =>
    botAnswer(harness.telegram, user, () => harness.telegram.userClicks(data, user), expected);

  it('when a linked representative opens the main screen, then it shows the summary figures and the menu', async () => {
    const screen = await say('/menu', member.shortName);

    const text = plain(screen);
    expect(text).toContain(`Реестровый номер ${member.registryNumber}`);
    expect(text).toContain('Член СРО');
    expect(text).toContain('Непрочитанных писем: 3');
    expect(text).toContain('📨 Открытых обращений: 2');
    expect(text).not.toContain('в работе');
    expect(text).toContain('Задолженность по членским взносам: 74 999,5 ₽, просрочка 40 дней');
    expect(text).toContain('⚠️ Обязательства ОДО: 48 000 000,4 ₽ из 60 000 000 ₽ (80 %)');
    expect(text).toContain('Обязательства близки к предельному размеру');
    expect(text).toMatch(/📅 \d\d\.\d\d\.\d{4} в 12:00 — Семинар «Совещание с членом А»/);
    expect(Object.keys(buttonsOf(screen))).toEqual([
      '🏢 Карточка',
      '📜 Права и уровни',
      '📊 Обязательства ОДО',
      '💰 Взносы',
      '✉️ Письма (3)',
      '📨 Обращения',
      '🔍 Проверки',
      '🛡 Страхование',
      '📅 События',
      '⚙️ Настройки',
      '❓ Помощь',
    ]);
  });

  it('when each section button of the menu is pressed, then the menu message turns into that section', async () => {
    const menu = await say('/menu', member.shortName);
    const sections: [string, string][] = [
      ['🏢 Карточка', `ИНН: ${member.inn}`],
      ['📜 Права и уровни', 'КФ ВВ: уровень 1 (договор до 60 000 000 ₽)'],
      ['📊 Обязательства ОДО', 'Действующих договоров: 2'],
      ['💰 Взносы', 'Задолженность: 74 999,5 ₽'],
      ['✉️ Письма (3)', 'Переписка с СРО: 5 писем'],
      ['📨 Обращения', 'Журнал обращений: 4 обращения'],
      ['🔍 Проверки', 'Проверок пока не было.'],
      ['🛡 Страхование', 'ГО-1'],
      ['📅 События', 'Совещание с членом А'],
      ['⚙️ Настройки', 'Уведомления в Telegram'],
      ['❓ Помощь', '/unlink — отвязать Telegram'],
    ];
    for (const [label, expected] of sections) {
      const section = await click(buttonsOf(menu)[label]!, /./);
      expect([label, section.message_id, plain(section)]).toEqual([
        label,
        menu.message_id,
        expect.stringContaining(expected),
      ]);
      expect(buttonsOf(section)).toHaveProperty('🏠 Главное меню', 'menu');
    }
  });

  it('when the dues screen is opened, then the periods read as quarters, not as codes', async () => {
    const dues = plain(await click('dues', 'Членские взносы'));

    expect(dues).toContain('• II квартал 2026: 30 000 ₽, срок');
    expect(dues).toContain('• I квартал 2026: 30 000 ₽');
    expect(dues).toContain('• IV квартал 2025: 30 000 ₽');
    expect(dues).toContain('• III квартал 2025: 30 000 ₽');
    expect(dues).not.toMatch(/\d{4}-(Q\d|\d\d)/);
  });

  it('when help is opened, then it reads as Russian prose: no capital after a colon, the SRO phone inside the sentence', async () => {
    const help = plain(await click('help', 'Бот личного кабинета'));

    expect(help).toContain(`Вопросы по работе кабинета — позвоните в СРО: ${SRO_PHONE}.`);
    expect(help).not.toMatch(/: [А-ЯЁ]/);
  });

  it('when the lists are opened, then the contracts, contributions, insurance and events read right and page with ‹ ›', async () => {
    const contracts = plain(await click('odo:contracts:1', 'Действующие договоры'));
    expect(contracts).toContain('№ Д-30000000-in_force');
    expect(contracts).toContain('Заказчик: ГКУ «Управление строительства»');
    expect(plain(await click('dues:contributions:1', /./))).toBe('Взносов в компенсационные фонды пока нет.');
    const insurance = plain(await click('insurance:1', 'Договоры страхования'));
    expect(insurance).toContain('⚠️ истекает через 10 дней');
    expect(insurance).toContain('⛔ срок действия истёк');

    const firstPage = await click('events:1', 'Предстоящие события (7)');
    expect(buttonsOf(firstPage)).toMatchObject({ '1 из 2': 'noop', '›': 'events:2' });
    const secondPage = await click('events:2', 'Предстоящие события (7)');
    expect(plain(secondPage)).toContain('Семинар по охране труда 14');
    expect(buttonsOf(secondPage)).toMatchObject({ '‹': 'events:1', '2 из 2': 'noop' });
    expect(buttonsOf(secondPage)).not.toHaveProperty('›');
  });

  it('when the representative checks a contract price, then the bot says whether it fits КФ ОДО and КФ ВВ', async () => {
    await click('odo:price', 'Введите цену договора');
    await say('двадцать миллионов', 'Не получилось прочитать цену');

    const result = plain(await say('25 000 000', 'Договор на'));

    expect(result).toContain('Договор на 25 000 000 ₽');
    expect(result).toContain('⛔ КФ ОДО: не укладывается');
    expect(result).toContain('✅ КФ ВВ: уровень 1, договор до 60 000 000 ₽');
    expect(result).toContain('совокупный размер обязательств превысит предельный');
    expect(plain(await say('5 000 000', /./))).toContain('Не понял');
  });

  it('when the price question is left for another button, then a later number is not taken for a price', async () => {
    await click('odo:price', 'Введите цену договора');
    await click('menu', member.shortName);

    expect(plain(await say('1 000 000', /./))).toContain('Не понял');
  });

  it('when a notification is switched off in the settings, then the API keeps it off and the button shows it', async () => {
    const settings = await click('settings', 'Уведомления в Telegram');

    const changed = await click(buttonsOf(settings)['🔔 Новые письма']!, 'Включено: 6 из 7');

    expect(buttonsOf(changed)).toHaveProperty('🔕 Новые письма', 'settings:set:newLetters:1');
    const stored = await request(harness.api.app)
      .get('/api/v1/telegram/settings')
      .set('Authorization', `Bearer ${await representativeToken(representative)}`);
    expect(stored.body).toMatchObject({ newLetters: false, appealStatus: true });
  });

  it('when the calendar subscription is asked for, then the personal link comes with how to add it to a phone', async () => {
    const answer = plain(await click('calendar', 'Календарь СРО'));

    expect(answer).toMatch(/http:\/\/cabinet\.test\/calendar\/[\w-]+\.ics/);
    expect(answer).toContain('webcal://');
    expect(answer).toContain('Подписной календарь');
  });
});
