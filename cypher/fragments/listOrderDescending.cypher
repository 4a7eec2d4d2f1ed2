// A descending page (newest first): by sort key descending, ties by id ascending.
sortKey DESC, {{node}}.id ASC
