// The relationships of one type (their stored citations only when selected: `omit` nulls them) that reach an entity, each with the entity at its start.
[({{self}})<-[{{rel}}:{{type}}]-({{other}}:Entity) | {rel: {{rel}} {.*, type: type({{rel}}), from: {{other}}.id, to: {{self}}.id{{omit}}}, sources: {{sources}}, entity: {{entity}}}]
