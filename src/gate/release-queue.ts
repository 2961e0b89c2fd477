/**
 * Release in document order (trap 4): like the parser, a script that is neither async nor
 * inline runs before anything after it, so the queue waits for its `load` or `error`.
 */
import { mustWait } from './release.js';

/** Returns `push(item)`. `run(item)` releases one element and returns what now loads, or nothing when it was skipped. */
export function releaseQueue<T>(run: (item: T) => Element | void): (item: T) => void {
  const queue: T[] = [];
  let waiting = false;
  const pump = (): void => {
    while (!waiting && queue.length) {
      const n = run(queue.shift()!);
      if (n && mustWait(n)) {
        waiting = true;
        const go = (): void => {
          n.removeEventListener('load', go);
          n.removeEventListener('error', go);
          waiting = false;
          pump();
        };
        n.addEventListener('load', go);
        n.addEventListener('error', go);
      }
    }
  };
  return (item) => {
    queue.push(item);
    pump();
  };
}
