// Sources are looked up by id on their own label (`MATCH (s:Source {id: …})`, in every query that
// returns the sources its citations name): without an index of their own, each lookup scanned
// every source, which grew with the store.
CREATE INDEX source_id IF NOT EXISTS FOR (n:Source) ON (n.id);
