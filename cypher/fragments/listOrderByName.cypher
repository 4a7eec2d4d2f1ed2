// An ascending page by name. The kind leads (one value, as filtered) so that the order is the
// index's on (kind, sort name) and Neo4j stops reading it after the page.
{{node}}.kind ASC, sortKey ASC, {{node}}.id ASC
