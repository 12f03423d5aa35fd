// Suggestions for the Search, From and To boxes: every node's label and aliases,
// matched forgivingly (case, hyphens, spaces), prefix matches first, then by centrality.
import type { NodeKind, PaperGraph } from '@papergraph/graph';

export interface Suggestion {
  key: string;
  label: string;
  kind: NodeKind;
  /** The alias that matched, when it was not the label. */
  alias?: string;
}

interface Entry {
  key: string;
  label: string;
  kind: NodeKind;
  rank: number;
  /** Normalised names, label first. */
  names: string[];
  raw: string[];
}

export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export class SearchIndex {
  private readonly entries: Entry[] = [];

  constructor(graph: PaperGraph) {
    graph.forEachNode((key, attrs) => {
      const raw = [attrs.label, ...(attrs.kind === 'paper' ? [] : attrs.aliases)];
      this.entries.push({
        key,
        label: attrs.label,
        kind: attrs.kind,
        // Entities before papers at equal match quality: they are what people look for.
        rank: attrs.centrality + (attrs.kind === 'paper' ? 0 : 1),
        names: raw.map(normalizeName),
        raw,
      });
    });
  }

  suggest(query: string, limit = 8): Suggestion[] {
    const needle = normalizeName(query);
    if (needle === '') return [];
    const scored: { entry: Entry; score: number; name: number }[] = [];
    for (const entry of this.entries) {
      let best = 0;
      let bestName = 0;
      entry.names.forEach((name, index) => {
        const score =
          name === needle ? 3 : name.startsWith(needle) ? 2 : name.includes(needle) ? 1 : 0;
        if (score > best) {
          best = score;
          bestName = index;
        }
      });
      if (best > 0) scored.push({ entry, score: best, name: bestName });
    }
    scored.sort(
      (a, b) =>
        b.score - a.score ||
        b.entry.rank - a.entry.rank ||
        a.entry.label.length - b.entry.label.length ||
        a.entry.key.localeCompare(b.entry.key),
    );
    return scored.slice(0, limit).map(({ entry, name }) => ({
      key: entry.key,
      label: entry.label,
      kind: entry.kind,
      ...(name > 0 ? { alias: entry.raw[name] } : {}),
    }));
  }

  /** The node a typed name means: a node key, an exact name or alias, or the best suggestion. */
  resolve(query: string): string | null {
    const trimmed = query.trim();
    if (this.entries.some((entry) => entry.key === trimmed)) return trimmed;
    return this.suggest(trimmed, 1)[0]?.key ?? null;
  }
}
