// Every node, with all its stored properties, in id order.
MATCH (n:Entity)
RETURN properties(n) AS props
ORDER BY n.id
