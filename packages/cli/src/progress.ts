// A progress bar on stderr, drawn only when stderr is a terminal; silent otherwise
// so that logs and pipes stay clean.
import type { CommandContext } from './command';

export interface Progress {
  update(done: number, total: number): void;
  done(): void;
}

const WIDTH = 30;

export function progressBar(ctx: CommandContext, label: string): Progress {
  if (!ctx.interactive) return { update: () => {}, done: () => {} };
  let last = -1;
  return {
    update(done, total) {
      const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (pct === last) return;
      last = pct;
      const filled = Math.round((pct / 100) * WIDTH);
      ctx.stderr.write(
        `\r${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${pct}% ${done}/${total}`,
      );
    },
    done() {
      if (last >= 0) ctx.stderr.write('\n');
    },
  };
}
