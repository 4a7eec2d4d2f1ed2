// A typed list's sort key by name: the names in the order of the requested language's fallbacks
// ({{names}}: the requested language first, then English, Thai, Chinese), then the title, then
// the id; folded to lower case.
toLower(coalesce({{names}}, {{node}}.title, {{node}}.id))
