// the viewer’s entity detail: properties, citations with their sources
// query($id: ID!) { entity(id: $id) { id kind countryCode names { th en zh } aliases properties { key value lang } citations { quote about source { id title url } } } }
// {"id":"person:sirirurg-songsivilai"}
// parameters: {"id":"person:sirirurg-songsivilai"}
MATCH (n0:Entity {id: $id})
RETURN [n0 {.*, text: null, searchKeys: null, sortName_th: null, sortName_en: null, sortName_zh: null}, COLLECT { MATCH (s:Source) WHERE s.id IN coalesce(n0.citeSources, []) RETURN s {.*, text: null} }] AS entity
