// `pnpm bench` for the explorer: in headless Chromium, time to first render and time to
// apply a filter, for the bundled graph and the graph of the 75k bench corpus, next to a
// baseline in the same run (the 75k graph opened whole, sigma drawing every node).
// Figures come from the app's own `window.__papergraph` hook (performance.now in the page).
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import {
  buildApp,
  launchChromium,
  prepareGraph,
  REPO_DIR,
  serve,
  type Served,
} from '../e2e/harness';
import { buildBenchGraph } from './bench-graph';
import { writePreview } from './write-preview';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

interface Sample {
  firstRender: number;
  fullReady: number;
  nodes: number;
  edges: number;
  drawn: number;
  filter: number;
  filterFrame: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function measure(browser: Browser, url: string): Promise<Sample> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  await page.waitForSelector('html[data-full]', { state: 'attached', timeout: 300_000 });
  const sample = await page.evaluate(async () => {
    const hook = window.__papergraph;
    if (hook === undefined) throw new Error('no __papergraph hook');
    const drawn = hook.visible();
    const [filter, filterFrame] = await hook.applyFilters({ minPapers: 2 });
    await hook.applyFilters({ minPapers: 1 });
    return {
      firstRender: hook.firstRender,
      fullReady: hook.fullReady ?? NaN,
      nodes: hook.nodes(),
      edges: hook.edges(),
      drawn,
      filter,
      filterFrame,
    };
  });
  await page.close();
  return sample;
}

async function row(browser: Browser, name: string, served: Served, hash = ''): Promise<void> {
  const samples: Sample[] = [];
  try {
    for (let run = 0; run < RUNS; run++)
      samples.push(await measure(browser, `${served.url}${hash}`));
  } finally {
    served.stop();
  }
  const first = samples[0]!;
  const pick = (key: keyof Sample) => median(samples.map((sample) => sample[key])).toFixed(0);
  console.log(
    [
      name.padEnd(34),
      `${first.nodes} nodes / ${first.edges} edges`.padEnd(30),
      `drawn ${first.drawn}`.padEnd(13),
      `first render ${pick('firstRender')} ms`.padEnd(23),
      `full graph in ${pick('fullReady')} ms`.padEnd(24),
      `filter ${pick('filter')} ms (painted ${pick('filterFrame')} ms)`,
    ].join(' '),
  );
}

async function main(): Promise<void> {
  console.log(
    `explorer bench: headless Chromium 2-core box, SwiftShader WebGL, median of ${RUNS} runs`,
  );
  const bundled = prepareGraph();
  buildApp();
  const browser = await launchChromium();
  try {
    await row(browser, 'bundled (papergraph serve)', await serve(bundled));
    const big = buildBenchGraph(join(REPO_DIR, '.papergraph', 'bench-75k'));
    const preview = big === null ? null : writePreview(big);
    if (big === null || preview === null) {
      console.log('75k: pending, the bench corpus graph could not be built (see above)');
    } else {
      await row(browser, '75k preview first, entities first', await serve(big));
      await row(browser, '75k baseline: whole graph, all drawn', await serve(big), '#full=1');
    }
  } finally {
    await browser.close();
  }
  console.log('targets: first render bundled < 1000 ms, 75k < 4000 ms; filter < 100 ms');
}

await main();
