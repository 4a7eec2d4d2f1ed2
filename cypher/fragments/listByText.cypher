// A typed list's words filter: a folded search key of the entity contains the folded words.
any(k IN {{node}}.searchKeys WHERE k CONTAINS $textKey)
