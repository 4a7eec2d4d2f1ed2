// The names of the constraints the database has (see schemaIndexNames).
SHOW CONSTRAINTS YIELD name
RETURN name
