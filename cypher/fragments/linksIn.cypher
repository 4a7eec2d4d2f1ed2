// The relationships of one type that reach an entity (the properties the selection reads, stored
// citations only when selected; its type and ends are known to the compiler), each with the
// entity at its start, and the sources of its citations only when read (`, sources: …`).
[({{self}})<-[{{rel}}:{{type}}]-({{other}}:Entity) | {rel: {{rel}} { {{properties}} }{{sources}}, entity: {{entity}}}]
