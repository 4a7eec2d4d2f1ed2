// A page ordered by name after a cursor: the index on (kind[, country], sort name) is read from the
// cursor's sort name on (ties on it are settled by id in the cursor's condition).
{{node}}.{{key}} >= $afterKey
