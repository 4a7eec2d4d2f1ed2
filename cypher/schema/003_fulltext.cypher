// Full-text search in the three languages. Thai has no spaces between words: Lucene's
// `thai` analyzer segments it by dictionary. Chinese uses `cjk` bigrams. Aliases and the
// folded search keys (no dots, spaces or hyphens) are in every index so that acronyms match
// whichever way they are typed.
CREATE FULLTEXT INDEX entity_text_th IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name_th, n.aliases, n.searchKeys, n.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'thai' } };

CREATE FULLTEXT INDEX entity_text_zh IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name_zh, n.aliases, n.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };

CREATE FULLTEXT INDEX entity_text_en IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name_en, n.aliases, n.searchKeys, n.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
