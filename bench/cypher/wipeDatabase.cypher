// Benchmarks only: empties the database in batches (one transaction could not hold a million
// deletions). Needs an auto-commit transaction, as every CALL … IN TRANSACTIONS does.
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
