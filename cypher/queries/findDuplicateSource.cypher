// Takes the lock that serialises additions of sources (held to the end of the transaction), then
// names a source already stored under the same normalised address or with the same text hash.
MERGE (lock:SourceAdditionLock {key: 'sources'})
SET lock.at = $at
WITH lock
CALL (lock) {
  OPTIONAL MATCH (s:Source)
  WHERE $urlKey IS NOT NULL AND s.urlKey = $urlKey
  RETURN s.id AS byUrl
  ORDER BY s.id
  LIMIT 1
}
CALL (lock) {
  OPTIONAL MATCH (s:Source {textHash: $textHash})
  RETURN s.id AS byText
  ORDER BY s.id
  LIMIT 1
}
OPTIONAL MATCH (taken:Entity {id: $id})
RETURN byUrl, byText, taken.kind AS idTakenBy
