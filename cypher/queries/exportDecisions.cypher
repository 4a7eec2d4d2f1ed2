// Every merge decision and dispute, with all their stored properties, in id order.
CALL () {
  MATCH (m:MergeDecision)
  WITH m ORDER BY m.id
  RETURN collect(properties(m)) AS merges
}
CALL () {
  MATCH (d:Dispute)
  WITH d ORDER BY d.id
  RETURN collect(properties(d)) AS disputes
}
RETURN merges, disputes
