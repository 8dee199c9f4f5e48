import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { createLogger, readableDestination } from '../../api/logger.js';

function readableLog() {
  let text = '';
  const output = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  const log = createLogger('info', readableDestination({ colorize: false, output }));
  return { log, text: () => text };
}

describe('log lines for a person at a terminal', () => {
  it('when the process logs its start-up, then each line is a time, a level and the message, not JSON', () => {
    const { log, text } = readableLog();

    log.info('Redis: started redis-server at redis://127.0.0.1:40111');

    expect(text()).toMatch(
      /^\[\d\d:\d\d:\d\d\] INFO: Redis: started redis-server at redis:\/\/127\.0\.0\.1:40111\n$/,
    );
  });

  it('when a request is answered, then its line reads as method, address, status and time', () => {
    const { log, text } = readableLog();

    log
      .child({ req: { id: 'r-1', method: 'GET', url: '/api/v1/cabinet/summary' } })
      .info({ res: { statusCode: 200 }, responseTime: 12.4 }, 'request completed');

    expect(text()).toMatch(/INFO: GET \/api\/v1\/cabinet\/summary → 200 \(12 ms\)\n$/);
  });

  it('when a role writes a line, then the line begins with the role, once', () => {
    const { log, text } = readableLog();
    const jobs = log.child({ role: 'jobs' });

    jobs.info('outbox dispatched');
    jobs.info('jobs: Agenda is processing');

    expect(text()).toMatch(/INFO: jobs: outbox dispatched\n.*INFO: jobs: Agenda is processing\n$/);
    expect(text()).not.toContain('role');
  });

  it('when a line carries secrets, then they are hidden on the terminal too', () => {
    const { log, text } = readableLog();

    log.warn({ token: 'abc-secret', user: { password: 'p4ss' } }, 'link refused');

    expect(text()).toContain('WARN: link refused');
    expect(text()).not.toMatch(/abc-secret|p4ss/);
    expect(text()).toContain('[скрыто]');
  });
});
