// The names of the indexes the database has (a constraint's own index is named as the constraint),
// so that `applySchema` sends only the schema statements whose index or constraint is missing.
SHOW INDEXES YIELD name
RETURN name
