// An ascending page by name of a list filtered by country. The kind and the country lead (one
// value each, as filtered) so that the order is the index's on (kind, country, sort name) and
// Neo4j stops reading it after the page.
{{node}}.kind ASC, {{node}}.country ASC, sortKey ASC, {{node}}.id ASC
