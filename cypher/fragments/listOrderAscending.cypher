// An ascending page: by sort key, ties by id.
sortKey ASC, {{node}}.id ASC
