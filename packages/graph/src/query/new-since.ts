// "What is new" query: entities first seen on or after a date, oldest first, then the most
// mentioned. Entities whose papers have no ISO date (daily lists read without --year) are
// counted apart so the caller can say why they are missing.
import { GraphError } from '../errors';
import type { EntityKind, PaperGraph } from '../schema';

export interface NewEntity {
  id: string;
  kind: EntityKind;
  label: string;
  firstSeen: string;
  paperCount: number;
}

export interface NewSince {
  entities: NewEntity[];
  /** Entities with no known first date. */
  undated: number;
}

export function newSince(
  graph: PaperGraph,
  date: string,
  options: { kind?: EntityKind } = {},
): NewSince {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) {
    throw new GraphError(
      'INVALID_DATE',
      `newSince: "${date}" is not a date; write it as YYYY-MM-DD (or YYYY-MM, YYYY).`,
    );
  }
  const entities: NewEntity[] = [];
  let undated = 0;
  graph.forEachNode((id, a) => {
    if (a.kind === 'paper' || (options.kind !== undefined && a.kind !== options.kind)) return;
    if (a.firstSeen === undefined) {
      undated += 1;
      return;
    }
    if (a.firstSeen >= date) {
      entities.push({
        id,
        kind: a.kind,
        label: a.label,
        firstSeen: a.firstSeen,
        paperCount: a.paperCount,
      });
    }
  });
  entities.sort(
    (a, b) =>
      a.firstSeen.localeCompare(b.firstSeen) ||
      b.paperCount - a.paperCount ||
      (a.id < b.id ? -1 : 1),
  );
  return { entities, undated };
}
