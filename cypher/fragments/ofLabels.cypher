// A relationship field of some kinds only: read for nodes with one of their labels, else null.
CASE WHEN {{node}}:{{labels}} THEN {{links}} END
