// Realistic arguments for the benchmark (`npm run bench`), picked from whatever dataset is
// loaded: the best-connected person, an agency of median degree (named in Thai and English
// where the data allows), a leaf, and a person about three steps from the leaf. Degrees count
// every relationship (the degree store answers without expanding them; only entities have any).
CALL () {
  MATCH (p:Person)
  WITH p, COUNT { (p)--() } AS degree
  ORDER BY degree DESC, p.id
  LIMIT 1
  RETURN p.id AS hubPerson, degree AS hubDegree
}
CALL () {
  MATCH (a:Agency)
  WITH a, COUNT { (a)--() } AS degree, a.name_th IS NOT NULL AND a.name_en IS NOT NULL AS named
  ORDER BY named DESC, degree, a.id
  WITH collect({id: a.id, degree: degree, named: named, th: a.name_th, en: a.name_en}) AS agencies
  WITH [x IN agencies WHERE x.named] AS named, agencies
  WITH CASE WHEN size(named) > 0 THEN named ELSE agencies END AS pool
  RETURN pool[size(pool) / 2] AS midAgency
}
CALL () {
  MATCH (n:Entity)
  WHERE n.kind <> 'SOURCE' AND COUNT { (n)--() } = 1
  RETURN n.id AS leaf
  ORDER BY n.id
  LIMIT 1
}
CALL (leaf) {
  OPTIONAL MATCH (l:Entity {id: leaf})-[*3]-(t:Person)
  WHERE t <> l
  WITH t
  LIMIT 1
  RETURN t.id AS pathTarget
}
CALL () {
  OPTIONAL MATCH (n:Entity)
  WHERE n.name_th IS NOT NULL
  RETURN n.name_th AS anyTh
  LIMIT 1
}
CALL () {
  OPTIONAL MATCH (n:Entity)
  WHERE n.name_en IS NOT NULL
  RETURN n.name_en AS anyEn
  LIMIT 1
}
RETURN hubPerson, hubDegree, midAgency.id AS midAgency, midAgency.degree AS midDegree, leaf,
       coalesce(pathTarget, hubPerson) AS pathTarget,
       coalesce(midAgency.th, anyTh) AS searchTh, coalesce(midAgency.en, anyEn) AS searchEn
