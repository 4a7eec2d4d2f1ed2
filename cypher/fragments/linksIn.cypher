// The relationships of one type that reach an entity, each as a list: the properties the
// selection reads of it (stored citations only when selected; its type and ends are known to the
// compiler), the entity at its start, and the sources of its citations when read (`, COLLECT { … }`).
[({{self}})<-[{{rel}}:{{type}}]-({{other}}:Entity) | [{{properties}}, {{entity}}{{sources}}]]
