// The relationships of one type (their stored citations only when selected: `omit` nulls them) that leave an entity, each with the entity at its end.
[({{self}})-[{{rel}}:{{type}}]->({{other}}:Entity) | {rel: {{rel}} {.*, type: type({{rel}}), from: {{self}}.id, to: {{other}}.id{{omit}}}, sources: {{sources}}, entity: {{entity}}}]
