// An entity as the request selected it, as a list whose positions the read plan knows: the
// properties its fields read (a list of them, or a map of every property when a field needs
// them all; the full text of a source and the stored citations only when selected), then, when
// read, its relationship lists (`, [ … ]`, one per selected relationship field, in the order of
// the plan) and the sources its citations name (`, COLLECT { … }`).
[{{properties}}{{links}}{{sources}}]
