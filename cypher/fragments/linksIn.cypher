// The relationships of one type that reach an entity, each with the entity at its start.
[({{self}})<-[{{rel}}:{{type}}]-({{other}}:Entity) | {rel: {{rel}} {.*, type: type({{rel}}), from: {{other}}.id, to: {{self}}.id}, sources: {{sources}}, entity: {{entity}}}]
