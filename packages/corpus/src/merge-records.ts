// Step 2 of reading: the records of every file → one corpus with each paper once.
//
// Two records are the same paper when they have the same given id, or — when either of them has
// no id of its own — the same normalised title. The merged paper keeps the first record's text
// and source, takes url/authors/categories from a later record only where the first had none,
// adopts a later record's given id when its own was derived, and accumulates every appearance
// in input order. Papers come out in order of first appearance.
import { normalizeTitle } from './paper-id';
import type { Corpus, PaperRecord, ParsedFile } from './types';

export function mergeRecords(files: ParsedFile[]): Corpus {
  const papers: PaperRecord[] = [];
  const rejects = files.flatMap((file) => file.rejects);
  const byGivenId = new Map<string, PaperRecord>();
  const byId = new Map<string, PaperRecord>();
  const byTitle = new Map<string, PaperRecord>();
  // Papers whose id was derived: the only ones a record with a given id may match by title.
  const derivedByTitle = new Map<string, PaperRecord>();
  let duplicatesMerged = 0;

  for (const file of files) {
    for (const record of file.records) {
      const title = normalizeTitle(record.title);
      const earlier = record.idGiven
        ? (byGivenId.get(record.id) ?? derivedByTitle.get(title))
        : byTitle.get(title);
      if (earlier !== undefined) {
        fold(earlier, record);
        duplicatesMerged++;
        if (record.idGiven && !earlier.idGiven && !byId.has(record.id)) {
          // The input's own id is better than one derived from the title: adopt it.
          byId.delete(earlier.id);
          earlier.id = record.id;
          earlier.idGiven = true;
          byId.set(earlier.id, earlier);
          byGivenId.set(earlier.id, earlier);
          derivedByTitle.delete(title);
        }
        continue;
      }
      const paper: PaperRecord = { ...record, appearances: [...record.appearances] };
      const holder = byId.get(paper.id);
      if (holder !== undefined) {
        // Ids are unique in a corpus. A given id is kept exactly, so a derived id that happens to
        // equal it ("foo" given, title "Foo" elsewhere) is the one that moves to `-2`, `-3`…
        const moved = paper.idGiven ? holder : paper;
        const freeId = uniqueId(moved.id, byId);
        if (moved === holder) {
          byId.delete(holder.id);
          byId.set(freeId, holder);
        }
        moved.id = freeId;
      }
      papers.push(paper);
      byId.set(paper.id, paper);
      if (paper.idGiven) byGivenId.set(paper.id, paper);
      if (!byTitle.has(title)) byTitle.set(title, paper);
      if (!paper.idGiven && !derivedByTitle.has(title)) derivedByTitle.set(title, paper);
    }
  }
  return { papers, rejects, duplicatesMerged };
}

function fold(paper: PaperRecord, record: PaperRecord): void {
  paper.appearances.push(...record.appearances);
  if (paper.url === undefined && record.url !== undefined) paper.url = record.url;
  if (paper.authors === undefined && record.authors !== undefined) paper.authors = record.authors;
  if (paper.categories === undefined && record.categories !== undefined) {
    paper.categories = record.categories;
  }
}

function uniqueId(id: string, taken: Map<string, PaperRecord>): string {
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}
