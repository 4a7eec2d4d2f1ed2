// The number of entities the list's filters keep, for `totalCount`.
CALL () {
  MATCH (n:Entity:{{label}})
  WHERE {{filter}}
  RETURN count(n) AS totalCount
}
