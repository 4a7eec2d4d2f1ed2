// Arguments for the peer benchmark (the Neo4j GraphQL Library beside the API), picked from
// whatever dataset is loaded: the agency with the most people holding positions in it (ties: one
// with a parent, then by id), the meeting with the most working-group members, the country with
// the most agencies, the best-connected meeting, an agency of median degree, and a person for entity detail.
CALL () {
  MATCH (a:Agency)
  WITH a, COUNT { (a)<-[:HOLDS_POSITION]-() } AS people, EXISTS { (a)-[:PART_OF]->(:Agency) } AS hasParent
  ORDER BY people DESC, hasParent DESC, a.id
  LIMIT 1
  RETURN a.id AS agency
}
CALL () {
  MATCH (m:Meeting)
  WITH m, COUNT { (m)-[:HAS_WORKING_GROUP]->(:WorkingGroup)<-[:MEMBER_OF]-() } AS members
  ORDER BY members DESC, m.id
  LIMIT 1
  RETURN m.id AS meeting
}
CALL () {
  MATCH (m:Meeting)
  WITH m, COUNT { (m)--() } AS degree
  ORDER BY degree DESC, m.id
  LIMIT 1
  RETURN m.id AS hubMeeting
}
CALL () {
  MATCH (a:Agency)
  WITH a, COUNT { (a)--() } AS degree
  ORDER BY degree, a.id
  WITH collect(a.id) AS agencies
  RETURN agencies[size(agencies) / 2] AS midAgency
}
CALL () {
  MATCH (a:Agency)
  WHERE a.country IS NOT NULL
  WITH a.country AS country, count(*) AS agencies
  ORDER BY agencies DESC, country
  LIMIT 1
  RETURN country
}
CALL () {
  MATCH (p:Person)
  WITH p, COUNT { (p)--() } AS degree
  ORDER BY degree DESC, p.id
  LIMIT 1
  RETURN p.id AS person
}
RETURN agency, midAgency, meeting, hubMeeting, country, person
