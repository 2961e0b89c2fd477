/**
 * Progress on stderr: a bar redrawn in place on an interactive terminal, plain lines otherwise (CI logs).
 * Messages (page problems) are always whole lines, so they survive in a log.
 */
import type { Phase } from './report-types.js';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export class Progress {
  private done = 0;
  private total = 0;
  private drawn = false;

  constructor(private readonly stream: ProgressStream) {}

  queued(total: number): void {
    this.total = total;
  }

  phase(url: string, phase: Phase): void {
    if (this.stream.isTTY) this.draw(`${phase} ${url}`);
    else this.stream.write(`keks scan: ${phase.padEnd(6)} ${url}\n`);
  }

  pageDone(url: string, messages: readonly string[]): void {
    this.done++;
    for (const m of messages) this.message(`${url}: ${m}`);
    if (this.stream.isTTY) this.draw(url);
    else this.stream.write(`keks scan: page ${this.done}/${this.total} done ${url}\n`);
  }

  message(text: string): void {
    this.clear();
    this.stream.write(`keks scan: ${text}\n`);
  }

  /** Remove the bar before the final output. */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  private draw(detail: string): void {
    const width = 20;
    const filled = this.total ? Math.round((this.done / this.total) * width) : 0;
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} ${detail}`;
    this.stream.write('\r\x1b[K' + line.slice(0, Math.max(20, (this.stream.columns ?? 80) - 1)));
    this.drawn = true;
  }
}
