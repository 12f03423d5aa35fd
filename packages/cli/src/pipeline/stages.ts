// Stage timings of `papergraph build`, printed to stderr as "stage <name> <ms> ms  <detail>"
// (one line each, read back by the bench), with the process's peak RSS at the end.
import type { CommandContext } from '../command';

export interface StageTiming {
  name: string;
  ms: number;
  detail?: string;
}

export class Stages {
  readonly timings: StageTiming[] = [];

  constructor(private readonly ctx: CommandContext) {}

  async run<T>(
    name: string,
    work: () => T | Promise<T>,
    detail?: (result: T) => string,
  ): Promise<T> {
    const start = performance.now();
    const result = await work();
    const ms = Math.round(performance.now() - start);
    const timing: StageTiming = { name, ms, ...(detail ? { detail: detail(result) } : {}) };
    this.timings.push(timing);
    this.ctx.stderr.write(`stage ${name} ${ms} ms${timing.detail ? `  ${timing.detail}` : ''}\n`);
    return result;
  }

  /** Total time and peak resident memory of the whole process (workers included). */
  finish(): void {
    const total = this.timings.reduce((sum, t) => sum + t.ms, 0);
    const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
    this.ctx.stderr.write(`stage total ${total} ms\npeak rss ${peakMB} MB\n`);
  }
}
