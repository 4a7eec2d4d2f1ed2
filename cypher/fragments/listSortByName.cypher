// A typed list's sort key by name: the entity's stored sort name in the requested language
// ({{key}}: `sortName_<lang>`, its names in that language's fallback order, then its title, then
// its id, lower-cased; written with the entity).
{{node}}.{{key}}
