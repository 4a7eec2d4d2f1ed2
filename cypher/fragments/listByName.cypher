// A page ordered by name: every entity has a sort name, and saying so lets the planner read the
// page from the index on (kind[, country], sort name) in its order.
{{node}}.{{key}} IS NOT NULL
