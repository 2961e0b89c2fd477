/**
 * Release in document order: like the parser, a script that is neither async nor
 * inline runs before anything after it, so the queue waits for its `load` or `error`.
 */
import { mustWait } from './released-scripts.js';

/**
 * Returns `push(item)`. `run(item, listen)` releases one element (calling `listen(n)` before it
 * starts loading) and returns what now loads, or nothing when it was skipped.
 */
export function releaseQueue<T>(run: (item: T, listen: (n: Element) => void) => Element | void): (item: T) => void {
  const queue: T[] = [];
  let waitingFor: Element | void;
  const pump = (): void => {
    while (!waitingFor && queue.length) {
      let n: Element | void = undefined;
      let done = false;
      const go = (): void => {
        done = true;
        if (n && waitingFor == n) {
          waitingFor = undefined;
          pump();
        }
      };
      n = run(queue.shift()!, (e) => {
        e.addEventListener('load', go, { once: true });
        e.addEventListener('error', go, { once: true });
      });
      if (n && !done && mustWait(n)) waitingFor = n;
    }
  };
  return (item) => {
    queue.push(item);
    pump();
  };
}
