// The sources the citations of a node or relationship name, without their text.
COLLECT { MATCH (s:Source) WHERE s.id IN coalesce({{cited}}.citeSources, []) RETURN s {.*, text: null} }
