// A typed list's sort key by id.
{{node}}.id
