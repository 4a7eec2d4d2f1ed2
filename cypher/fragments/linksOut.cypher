// The relationships of one type that leave an entity, each with the entity at its end.
[({{self}})-[{{rel}}:{{type}}]->({{other}}:Entity) | {rel: {{rel}} {.*, type: type({{rel}}), from: {{self}}.id, to: {{other}}.id}, sources: {{sources}}, entity: {{entity}}}]
