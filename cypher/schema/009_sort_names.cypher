// Typed lists ordered by name read their page in the order of an index on the stored sort name of
// the requested language (`sortName_th|en|zh`, written with every entity by
// `api/src/db/storedProps.ts`), after its kind and, when the list is filtered by it, its country:
// the first page is the index's first entries, not a sort of every entity of the kind.
//
// Nodes written before the sort names existed get them here, once: this statement is sent only
// while an index of this file is missing. The same fallbacks as `encodeSortNames`: the
// language's own name, then English, Thai, Chinese, then the title (sources), then the id.
MATCH (n:Entity)
CALL (n) {
  SET n.sortName_th = toLower(coalesce(n.name_th, n.name_en, n.name_zh, n.title, n.id)),
      n.sortName_en = toLower(coalesce(n.name_en, n.name_th, n.name_zh, n.title, n.id)),
      n.sortName_zh = toLower(coalesce(n.name_zh, n.name_en, n.name_th, n.title, n.id))
} IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX entity_kind_sort_name_th IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.sortName_th);
CREATE INDEX entity_kind_sort_name_en IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.sortName_en);
CREATE INDEX entity_kind_sort_name_zh IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.sortName_zh);
CREATE INDEX entity_kind_country_sort_name_th IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.country, n.sortName_th);
CREATE INDEX entity_kind_country_sort_name_en IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.country, n.sortName_en);
CREATE INDEX entity_kind_country_sort_name_zh IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.country, n.sortName_zh);
