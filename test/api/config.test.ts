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

describe('configuration of the proxies whose X-Forwarded-For is believed', () => {
  const parse = (env: Record<string, string>) => parseConfig(env, []);

  it('when TRUST_PROXY is not set, then only a proxy on this host (loopback) is believed', () => {
    expect(parse({}).trustProxy).toEqual(['loopback']);
  });

  it.each([
    ['off', false],
    ['0', false],
    ['2', 2],
    ['10.0.0.0/8, 192.168.1.5', ['10.0.0.0/8', '192.168.1.5']],
    ['loopback,fd00::/8', ['loopback', 'fd00::/8']],
  ])('when TRUST_PROXY is %s, then the app gets %j', (value, expected) => {
    expect(parse({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each(['true', '10.0.0.0/33', 'proxy.local', '10.0.0.0/8,', '::1/129'])(
    'when TRUST_PROXY is %s, then the error names the variable',
    (value) => {
      const parsing = () => parse({ TRUST_PROXY: value });
      expect(parsing).toThrow(ConfigError);
      expect(parsing).toThrow(/^TRUST_PROXY: expected off, a number of proxy hops/);
    },
  );
});
