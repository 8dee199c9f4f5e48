import { dispatchOutbox } from '../dispatch-outbox.job.js';
import type { DispatchDeps } from './dispatch-deps.js';

export interface OutboxDispatcher {
  /** Starts nothing new and waits up to `timeoutMs` for what is under way. */
  stop(timeoutMs: number): Promise<void>;
}

/**
 * Delivers the outbox without pause while there is work, and looks again every `idleMs` when there is none. Every
 * jobs process runs one: the outbox's claims keep them apart, so more processes share the work (an Agenda job of one
 * name would run in only one of them at a time).
 */
export function startOutboxDispatcher(deps: DispatchDeps, idleMs: number): OutboxDispatcher {
  let stopping = false;
  let wake: () => void = () => {};
  const dispatchDeps: DispatchDeps = { ...deps, stopping: () => stopping };
  const idle = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, idleMs);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const running = (async () => {
    while (!stopping) {
      try {
        const { delivered, retried, failed } = await dispatchOutbox(dispatchDeps);
        if (delivered + retried + failed === 0) await idle();
      } catch (error) {
        deps.log.warn({ err: error }, 'outbox pass failed; trying again');
        await idle();
      }
    }
  })();
  return {
    async stop(timeoutMs) {
      stopping = true;
      wake();
      await Promise.race([running, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
    },
  };
}
