// Relationship ids named by a dataset's disputes but not defined in it: which are in the database.
UNWIND $ids AS id
MATCH (:Entity)-[r {id: id}]->(:Entity)
RETURN DISTINCT r.id AS id
