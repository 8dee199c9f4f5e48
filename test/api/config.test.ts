import { describe, expect, it } from '@jest/globals';
import { ConfigError, parseConfig } from '../../api/config.js';

describe('configuration of the bot’s outgoing rate', () => {
  const parse = (env: Record<string, string>) => parseConfig(env, []);

  it('when TELEGRAM_MESSAGES_PER_SECOND is not set, then the bot keeps Telegram’s own limit', () => {
    expect(parse({}).telegram.messagesPerSecond).toBeUndefined();
  });

  it('when TELEGRAM_MESSAGES_PER_SECOND is set within 1–1000, then the bot gets that number', () => {
    expect(parse({ TELEGRAM_MESSAGES_PER_SECOND: '100' }).telegram.messagesPerSecond).toBe(100);
  });

  it.each(['0', '1001', 'много', '2.5'])(
    'when TELEGRAM_MESSAGES_PER_SECOND is %s, then the error names the variable',
    (value) => {
      const parsing = () => parse({ TELEGRAM_MESSAGES_PER_SECOND: value });
      expect(parsing).toThrow(ConfigError);
      expect(parsing).toThrow(/^TELEGRAM_MESSAGES_PER_SECOND: /);
    },
  );
});
