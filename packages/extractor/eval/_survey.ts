import { readCorpus } from '@papergraph/corpus/node';
import { extractCorpus } from '../src/index';
const corpus = await readCorpus(['/work/main/data']);
const papers = corpus.papers.map((p) => ({ title: p.title, abstract: p.abstract }));
const xs = extractCorpus(papers);
const type = process.argv[2] ?? 'task';
const src = process.argv[3];
const counts = new Map<string, number>();
xs.forEach((x, i) => {
  if (i % 5 === 0) return; // gold papers excluded from the survey
  for (const e of x.entities)
    if (e.type === type) {
      const k = `${e.name}  [${e.mentions
        .map((m) => m.text)
        .slice(0, 2)
        .join('|')}]`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
});
console.log(
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${n} ${k}`)
    .join('\n'),
);
