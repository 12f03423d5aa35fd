// `resolve`: the corpus-level pass after `analyse`. It makes entity ids
// canonical across papers: an acronym defined in one abstract resolves its
// bare use in another; case, hyphen and plural variants fold to one name; a
// variant keeps a link to its family. Cheap: a few Map passes over all entities.
import type { LocalEntity, PaperAnalysis } from './analyse/model';
import { entityId, foldKey } from './normalise';
import { RELATION_TYPES } from './types';
import type { Entity, EntityType, Extraction, Mention, Relation, Result } from './types';

interface Canonical {
  type: EntityType;
  name: string;
  /** `entityId(type, name)`, computed once per canonical name. */
  id?: string;
}

/** Votes for one long form of an acronym: how many definitions, and the first defining papers. */
interface Vote {
  c: Canonical;
  n: number;
  papers: number[];
}

/** A long form the corpus agrees on; `definers` when fewer than CONSENSUS papers define it. */
interface Definition {
  c: Canonical;
  key: string;
  definers: number[] | undefined;
}

/**
 * Papers defining an acronym the same way before a bare use elsewhere takes the long form
 * without a shared context. Below it, the using paper must share an entity with a definer.
 */
const CONSENSUS = 3;

/**
 * Whether `paper` names an entity (by fold key, leaving out `skip`) that one of `others`
 * also names. Key sets are built on first use: only papers with borrowed acronyms need them.
 */
function sharedContext(
  analyses: PaperAnalysis[],
): (paper: number, others: number[], skip: string[]) => boolean {
  const keys = new Map<number, Set<string>>();
  const keysOf = (p: number): Set<string> => {
    let set = keys.get(p);
    if (set === undefined) {
      set = new Set(analyses[p]?.entities.map((e) => e.key));
      keys.set(p, set);
    }
    return set;
  };
  return (paper, others, skip) => {
    const own = keysOf(paper);
    return others.some((other) => {
      for (const key of keysOf(other)) if (own.has(key) && !skip.includes(key)) return true;
      return false;
    });
  };
}

/** One (type, fold key) group of the corpus: its names and its canonical reading. */
interface Group {
  names: Map<string, number>;
  /** The lexicon's name, when a lexicon match is in the group. */
  lexicalName?: string;
  canonical?: Canonical;
}

export function resolve(analyses: PaperAnalysis[]): Extraction[] {
  // 1. Acronyms defined anywhere: fold key of the short form → votes per long form.
  const defined = new Map<string, Map<string, Vote>>();
  // 2. Every (type, key) group, with its names and whether the lexicon named it. One map per
  //    type keyed by the fold key itself: no "type|key" string is built per entity.
  const groups = new Map<EntityType, Map<string, Group>>();
  const groupsOf = (type: EntityType): Map<string, Group> => {
    let byKey = groups.get(type);
    if (byKey === undefined) {
      byKey = new Map();
      groups.set(type, byKey);
    }
    return byKey;
  };
  for (let p = 0; p < analyses.length; p++) {
    for (const e of analyses[p]!.entities) {
      if (e.short !== undefined) {
        const k = foldKey(e.short);
        const votes = defined.get(k) ?? new Map<string, Vote>();
        const id = `${e.type}|${e.key}`;
        const v = votes.get(id) ?? { c: { type: e.type, name: e.name }, n: 0, papers: [] };
        v.n++;
        if (v.papers.length < CONSENSUS && v.papers.at(-1) !== p) v.papers.push(p);
        votes.set(id, v);
        defined.set(k, votes);
      }
      const byKey = groupsOf(e.type);
      let group = byKey.get(e.key);
      if (group === undefined) {
        group = { names: new Map() };
        byKey.set(e.key, group);
      }
      if (e.lexical) group.lexicalName = e.name;
      group.names.set(e.name, (group.names.get(e.name) ?? 0) + 1);
    }
  }
  // A bare acronym takes a definition from elsewhere only when the corpus agrees on it: at
  // least two thirds of its definitions name one thing. "MER" defined 6× as micro-expression
  // recognition and 4× as multimodal emotion recognition stays "MER" where it is not defined.
  const acronym = new Map<string, Definition>();
  for (const [k, votes] of defined) {
    let best: Vote | undefined;
    let all = 0;
    for (const v of votes.values()) {
      all += v.n;
      if (best === undefined || v.n > best.n) best = v;
    }
    if (best !== undefined && best.n * 3 >= all * 2) {
      // `papers` holds distinct papers in order, at most CONSENSUS of them.
      const definers = best.papers.length < CONSENSUS ? best.papers : undefined;
      acronym.set(k, { c: best.c, key: foldKey(best.c.name), definers });
    }
  }
  const related = sharedContext(analyses);
  const canonical = (e: LocalEntity, paper: number): Canonical => {
    // A bare acronym (no long form here) defined elsewhere in the corpus: by enough papers,
    // or by a few that share another entity with this one. "PRIMA", defined once as an
    // image-metadata alignment method, is not given to a retinal-prosthesis paper.
    if (!e.lexical && e.short === undefined) {
      const def = acronym.get(e.key);
      if (
        def !== undefined &&
        def.key !== e.key &&
        (def.definers === undefined ||
          def.definers.includes(paper) ||
          related(paper, def.definers, [e.key, def.key]))
      ) {
        return def.c;
      }
    }
    const group = groups.get(e.type)?.get(e.key);
    if (group === undefined) return { type: e.type, name: e.name };
    group.canonical ??= {
      type: e.type,
      name: group.lexicalName ?? preferredName(group.names) ?? e.name,
    };
    return group.canonical;
  };
  return analyses.map((analysis, paper) => toExtraction(analysis, (e) => canonical(e, paper)));
}

/** The most frequent name of a group; ties go to the singular, then the first seen. */
function preferredName(counts: Map<string, number> | undefined): string | undefined {
  if (counts === undefined) return undefined;
  let best: string | undefined;
  let bestScore = -1;
  for (const [name, n] of counts) {
    const score = n * 2 + (/[a-z]s$/.test(name) ? 0 : 1);
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

function toExtraction(
  analysis: PaperAnalysis,
  canonical: (e: LocalEntity) => Canonical,
): Extraction {
  const entities: Entity[] = [];
  const byId = new Map<string, number>();
  const idOf: string[] = [];
  /** Index in `entities` of each local entity. */
  const slotOf: number[] = [];
  for (const local of analysis.entities) {
    const c = canonical(local);
    const id = (c.id ??= entityId(c.type, c.name));
    idOf.push(id);
    const slot = byId.get(id);
    let entity = slot === undefined ? undefined : entities[slot];
    slotOf.push(slot ?? entities.length);
    if (entity === undefined) {
      entity = {
        id,
        type: c.type,
        name: c.name,
        aliases: [],
        mentions: [],
        confidence: local.confidence,
      };
      if (c.type === 'method') entity.role = local.role;
      if (local.family !== undefined) entity.family = entityId(c.type, local.family);
      byId.set(id, entities.length);
      entities.push(entity);
    } else {
      if (local.role === 'proposed' && c.type === 'method') entity.role = 'proposed';
      entity.confidence = Math.max(entity.confidence, local.confidence);
    }
    for (const s of local.surfaces)
      if (s !== c.name && !entity.aliases.includes(s)) entity.aliases.push(s);
    if (
      local.short !== undefined &&
      local.short !== c.name &&
      !entity.aliases.includes(local.short)
    ) {
      entity.aliases.push(local.short);
    }
    entity.mentions.push(...local.mentions);
  }
  // A paper's mentions come in text order (title first); only merged entities need a sort.
  for (const e of entities) if (!inMentionOrder(e.mentions)) e.mentions.sort(byMentionOrder);
  const relations: Relation[] = [];
  // (type, source, target) as one number: the entity indices of this paper, not id strings.
  const seen = new Set<number>();
  for (const r of analysis.relations) {
    const source = idOf[r.source];
    const target = idOf[r.target];
    if (source === undefined || target === undefined || source === target) continue;
    const key =
      ((slotOf[r.source] ?? 0) * entities.length + (slotOf[r.target] ?? 0)) *
        RELATION_TYPES.length +
      RELATION_TYPES.indexOf(r.type);
    if (seen.has(key)) continue;
    seen.add(key);
    relations.push({ type: r.type, source, target, evidence: r.evidence, rule: r.rule });
  }
  const results: Result[] = [];
  for (const r of analysis.results) {
    const method = idOf[r.method];
    const dataset = idOf[r.dataset];
    const metric = idOf[r.metric];
    if (method === undefined || dataset === undefined || metric === undefined) continue;
    results.push({ method, dataset, metric, value: r.value, evidence: r.evidence });
  }
  return { entities, relations, results };
}

function byMentionOrder(a: Mention, b: Mention): number {
  return a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1;
}

function inMentionOrder(mentions: Mention[]): boolean {
  for (let k = 1; k < mentions.length; k++) {
    const a = mentions[k - 1];
    const b = mentions[k];
    if (a !== undefined && b !== undefined && byMentionOrder(a, b) > 0) return false;
  }
  return true;
}
