// Takes docs/explorer.png: the bundled graph in the explorer with its most-mentioned
// entity selected, in headless Chromium. `pnpm --filter @papergraph/explorer screenshot`.
import { join } from 'node:path';
import { graphFacts } from '../e2e/graph-facts';
import { buildApp, launchChromium, prepareGraph, REPO_DIR, serve } from '../e2e/harness';

const graphFile = prepareGraph();
const facts = graphFacts(graphFile);
buildApp();
const served = await serve(graphFile);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(`${served.url}#node=${encodeURIComponent(facts.topEntity.key)}`);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.waitForTimeout(1000);
  const out = join(REPO_DIR, 'docs', 'explorer.png');
  await page.screenshot({ path: out });
  console.log(`wrote ${out} (${facts.graph.order} nodes, ${facts.topEntity.label} selected)`);
} finally {
  await browser.close();
  served.stop();
}
