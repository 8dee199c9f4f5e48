const RETRY_MS = 500;
const GIVE_UP_MS = 5 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a database call until it succeeds (for up to five minutes), so that what Telegram or the mail server already
 * answered is recorded even across a restart of the database. Only for calls that are safe to repeat.
 */
export async function persistently<T>(call: () => Promise<T>): Promise<T> {
  const giveUpAt = Date.now() + GIVE_UP_MS;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (Date.now() >= giveUpAt) throw error;
      await sleep(RETRY_MS);
    }
  }
}
