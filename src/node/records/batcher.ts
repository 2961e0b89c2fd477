/**
 * Group commit: records that arrive while a batch is being written wait and go together in the next
 * one. Light load costs no added delay (a lone record is written at once); heavy load turns many
 * round trips into one statement. Each caller learns its own outcome.
 */
export interface Batcher<T, R> {
  add(item: T): Promise<R>;
  /** Resolves when nothing is queued or being written. */
  idle(): Promise<void>;
}

export function createBatcher<T, R>(write: (items: T[]) => Promise<R[]>, maxBatch = 500): Batcher<T, R> {
  let queue: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  let running: Promise<void> | undefined;
  const run = async (): Promise<void> => {
    while (queue.length) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      try {
        const results = await write(batch.map((b) => b.item));
        batch.forEach((b, i) => b.resolve(results[i]));
      } catch (e) {
        batch.forEach((b) => b.reject(e));
      }
    }
  };
  const start = (): void => {
    running ||= Promise.resolve()
      .then(run)
      .finally(() => {
        running = undefined;
        if (queue.length) start();
      });
  };
  return {
    add: (item) =>
      new Promise<R>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        start();
      }),
    async idle() {
      while (running) await running;
    },
  };
}
