// The filters of a typed list: its kind, then only the filters the request gives (a country, a
// type, words), so that the planner sees the predicates it can use an index for.
{{node}}.kind = $kind{{conditions}}
