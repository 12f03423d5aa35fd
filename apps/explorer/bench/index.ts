// `pnpm bench` for the explorer: in headless Chromium, time to first render and time to
// apply a filter, for the bundled graph and the graph of the 75k bench corpus, each next
// to a baseline in the same run (sigma drawing every node, without the big-graph plan).
// Figures come from the app's own `window.__papergraph` hook (performance.now in the page).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildApp, launchChromium, prepareGraph, REPO_DIR, serve } from '../e2e/harness';
import { buildBenchGraph } from './bench-graph';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

interface Sample {
  firstRender: number;
  nodes: number;
  edges: number;
  drawn: number;
  filter: number;
  filterFrame: number;
  unfilter: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function measure(browser: Browser, url: string, hash: string): Promise<Sample> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${url}${hash}`);
  await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 120_000 });
  const sample = await page.evaluate(async () => {
    const hook = window.__papergraph;
    if (hook === undefined) throw new Error('no __papergraph hook');
    const drawn = hook.visible();
    const [filter, filterFrame] = await hook.applyFilters({ minPapers: 2 });
    const [unfilter] = await hook.applyFilters({ minPapers: 1 });
    return {
      firstRender: hook.firstRender,
      nodes: hook.nodes,
      edges: hook.edges,
      drawn,
      filter,
      filterFrame,
      unfilter,
    };
  });
  await page.close();
  return sample;
}

async function benchGraph(
  browser: Browser,
  name: string,
  file: string,
  variants: [string, string][],
): Promise<string[]> {
  const served = await serve(file);
  const lines: string[] = [];
  try {
    for (const [variant, hash] of variants) {
      const samples: Sample[] = [];
      for (let run = 0; run < RUNS; run++) samples.push(await measure(browser, served.url, hash));
      const first = samples[0]!;
      const pick = (key: keyof Sample) => median(samples.map((sample) => sample[key])).toFixed(0);
      lines.push(
        [
          name.padEnd(9),
          variant.padEnd(22),
          `${first.nodes} nodes / ${first.edges} edges`.padEnd(28),
          `drawn ${first.drawn}`.padEnd(13),
          `first render ${pick('firstRender')} ms`.padEnd(22),
          `filter ${pick('filter')} ms (next frame ${pick('filterFrame')} ms), undo ${pick('unfilter')} ms`,
        ].join(' '),
      );
      console.log(lines[lines.length - 1]);
    }
  } finally {
    served.stop();
  }
  return lines;
}

async function main(): Promise<void> {
  console.log(`explorer bench: headless Chromium (SwiftShader WebGL), median of ${RUNS} runs`);
  const bundled = prepareGraph();
  if (bundled.origin !== 'build')
    console.log('(papergraph build failed: bundled figures are for the sample graph)');
  buildApp();
  const browser = await launchChromium();
  try {
    // `full=1` turns the big-graph plan off: every node goes to sigma (the baseline).
    await benchGraph(browser, 'bundled', bundled.file, [['explorer', '']]);
    const big = buildBenchGraph(join(REPO_DIR, '.papergraph', 'bench-75k'));
    if (big === null || !existsSync(big)) {
      console.log('75k       pending: the bench corpus graph could not be built (see above)');
    } else {
      await benchGraph(browser, '75k', big, [
        ['explorer (entities 1st)', ''],
        ['baseline (draw all)', '#full=1'],
      ]);
    }
  } finally {
    await browser.close();
  }
  console.log('targets: first render bundled < 1000 ms, 75k < 4000 ms; filter < 100 ms');
}

await main();
