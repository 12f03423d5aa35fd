// Browser tests: the built explorer served by `papergraph serve`, driven in Debian's
// Chromium through what a person sees: roles, labels and text.
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphFacts, type GraphFacts } from './graph-facts';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { toJSON } from '@papergraph/graph';
import { previewGraph } from '@papergraph/graph';
import { buildApp, launchChromium, prepareGraph, serve, type Served } from './harness';

let served: Served;
let browser: Browser;
let facts: GraphFacts;
let graphFile: string;

beforeAll(async () => {
  graphFile = prepareGraph();
  facts = graphFacts(graphFile);
  buildApp();
  served = await serve(graphFile);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  served?.stop();
});

async function open(hash = ''): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  await page.goto(`${served.url}${hash}`);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  return page;
}

async function visibleNodes(page: Page): Promise<number> {
  return Number(await page.locator('#graph').getAttribute('data-visible-nodes'));
}

async function searchAndPick(page: Page, label: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search' }).fill(label);
  await page.getByRole('option').filter({ hasText: label }).first().click();
}

describe('explorer', () => {
  it('opens the graph and draws it with WebGL', async () => {
    const page = await open();
    expect(await visibleNodes(page)).toBe(facts.graph.order);
    const drawn = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.sigma-nodes');
      return canvas?.getContext('webgl2') !== null || canvas?.getContext('webgl') !== null;
    });
    expect(drawn).toBe(true);
    await page.close();
  });

  it('Search → Details shows the chosen entity', async () => {
    const page = await open();
    await searchAndPick(page, facts.topEntity.label);
    const details = page.getByRole('region', { name: 'Details' });
    await expect
      .poll(() => details.getByRole('heading', { level: 2 }).textContent())
      .toBe(facts.topEntity.label);
    await expect.poll(() => details.textContent()).toMatch(/Papers \(\d+\)/);
    expect(decodeURIComponent(page.url())).toContain(`node=${facts.topEntity.key}`);
    await page.close();
  });

  it('says why the date range is off when no paper has a full date', async () => {
    // The bundled daily lists give "Apr 3" without a year, so the build gives no ISO dates.
    expect(
      facts.graph.someNode((_key, attrs) => attrs.kind === 'paper' && attrs.date !== undefined),
    ).toBe(false);
    const page = await open();
    await expect.poll(() => page.getByLabel('Since').isDisabled()).toBe(true);
    await expect.poll(() => page.getByText('Build with --year YYYY').isVisible()).toBe(true);
    await page.close();
  });

  it('filter toggles change what is drawn', async () => {
    const page = await open();
    const all = await visibleNodes(page);
    await page.getByRole('checkbox', { name: 'Papers' }).uncheck();
    expect(await visibleNodes(page)).toBe(all - facts.papers);
    await expect
      .poll(() => page.getByText(`${all - facts.papers} of ${all} nodes shown`).count())
      .toBe(1);
    for (const name of ['Methods', 'Datasets', 'Metrics', 'Tasks']) {
      await page.getByRole('checkbox', { name }).uncheck();
    }
    expect(await visibleNodes(page)).toBe(0);
    await page.getByRole('checkbox', { name: 'Papers' }).check();
    expect(await visibleNodes(page)).toBe(facts.papers);
    await page.close();
  });

  it('Find path lists a path with its evidence', async () => {
    const page = await open();
    const [from, to] = facts.pathPair.map((key) => facts.graph.getNodeAttributes(key).label) as [
      string,
      string,
    ];
    for (const [name, label] of [
      ['From', from],
      ['To', to],
    ] as const) {
      await page.getByRole('textbox', { name }).fill(label);
      await page
        .getByRole('listbox', { name: `${name} suggestions` })
        .getByRole('option')
        .filter({ hasText: label })
        .first()
        .click();
    }
    await page.getByRole('button', { name: 'Find path' }).click();
    const path = page.getByRole('region', { name: 'Path' });
    await expect.poll(() => path.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    const text = await path.textContent();
    expect(text).toContain(from);
    expect(text).toContain(to);
    expect(await path.locator('blockquote').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('Export GEXF downloads the graph shown', async () => {
    const page = await open();
    await page.getByRole('checkbox', { name: 'Papers' }).uncheck();
    const shown = await visibleNodes(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export GEXF' }).click(),
    ]);
    const file = await download.path();
    const parsed = parseGexf(Graph, readFileSync(file, 'utf8'));
    expect(parsed.order).toBe(shown);
    expect(download.suggestedFilename()).toMatch(/\.gexf$/);
    await page.close();
  });

  it('the URL keeps selection, filters and colouring across a reload', async () => {
    const page = await open();
    await searchAndPick(page, facts.topEntity.label);
    await page.getByRole('checkbox', { name: 'Tasks' }).uncheck();
    await page.getByLabel('Colour by').selectOption('community');
    const shown = await visibleNodes(page);
    await page.reload();
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    expect(await page.getByRole('checkbox', { name: 'Tasks' }).isChecked()).toBe(false);
    expect(await page.getByLabel('Colour by').inputValue()).toBe('community');
    expect(await visibleNodes(page)).toBe(shown);
    const details = page.getByRole('region', { name: 'Details' });
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toBe(
      facts.topEntity.label,
    );
    await page.close();
  });

  it('keyboard: / focuses Search, Esc clears the selection', async () => {
    const page = await open(`#node=${encodeURIComponent(facts.topEntity.key)}`);
    await page.locator('body').press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Search',
    );
    await page.keyboard.press('Escape');
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.textContent()).toContain('Search, or click a node');
    expect(page.url()).not.toContain('node=');
    await page.close();
  });

  it('an abstract with HTML in it shows as text and runs nothing', async () => {
    const page = await open();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const graph = new Graph({ type: 'directed' });
    const abstract = 'We test <img src=x onerror=alert(1)> and <script>alert(2)</script> in text.';
    graph.addNode('paper:evil', {
      kind: 'paper',
      label: 'Evil <b>paper</b>',
      title: 'Evil <b>paper</b>',
      abstract,
      lists: ['evil.json'],
      x: 0,
      y: 0,
      size: 5,
      color: '#999',
      community: 0,
      centrality: 0,
    });
    await page.getByLabel('Open file').setInputFiles({
      name: 'evil-graph.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(graph.export())),
    });
    await expect.poll(() => visibleNodes(page)).toBe(1);
    await searchAndPick(page, 'Evil');
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.textContent()).toContain(abstract);
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toBe(
      'Evil <b>paper</b>',
    );
    expect(await page.locator('.details img, .details script, .details b').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('a dropped file of abstracts becomes a graph (extracted in a worker)', async () => {
    const page = await open();
    const lines = [
      {
        title: 'Residual learning for image recognition',
        abstract:
          'We train ResNet-50 on ImageNet for image classification and report 76.1% top-1 accuracy. ResNet-50 outperforms VGG-16 on ImageNet.',
      },
      {
        title: 'Low-rank adaptation of large language models',
        abstract:
          'We propose LoRA, which freezes the pretrained weights of GPT-3 and injects trainable low-rank matrices. LoRA matches full fine-tuning on GLUE.',
      },
      {
        title: 'Quantized low-rank adapters',
        abstract:
          'We combine LoRA with 4-bit quantization and evaluate on MMLU, reaching 63.9% accuracy.',
      },
    ];
    const text = lines.map((line) => JSON.stringify(line)).join('\n');
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.jsonl', { type: 'application/jsonl' }));
      document.body.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }, text);
    await expect
      .poll(() => page.locator('.load-status').textContent(), { timeout: 30_000 })
      .toMatch(/^dropped\.jsonl: \d+ nodes/);
    const nodes = await visibleNodes(page);
    expect(nodes).toBeGreaterThan(3);
    await searchAndPick(page, 'LoRA');
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.textContent()).toContain('Papers (2)');
    await page.close();
  });

  it('a large graph opens on its preview, then the full graph takes over in place', async () => {
    // The bundled graph with a tiny draw budget stands in for a large one.
    const preview = join(dirname(graphFile), 'graph.view.json');
    writeFileSync(
      preview,
      toJSON(previewGraph(facts.graph, { maxNodes: 50, maxEdges: 100, maxPinnedNeighbours: 20 })),
    );
    const server = await serve(graphFile);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await page.goto(`${server.url}#node=${encodeURIComponent(facts.topEntity.key)}&kinds=mdxt`);
      await page.waitForSelector('html[data-ready]', { state: 'attached' });
      await page.waitForSelector('html[data-full]', { state: 'attached' });
      // The full graph is in: a paper can be found, and the view from the URL was kept.
      expect(await page.getByRole('checkbox', { name: 'Papers' }).isChecked()).toBe(false);
      const details = page.getByRole('region', { name: 'Details' });
      expect(await details.getByRole('heading', { level: 2 }).textContent()).toBe(
        facts.topEntity.label,
      );
      await expect.poll(() => details.textContent()).toMatch(/Papers \([1-9]\d*\)/);
    } finally {
      await page.close();
      server.stop();
    }
  });
});
