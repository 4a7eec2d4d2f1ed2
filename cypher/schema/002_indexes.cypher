// Filters and sort keys of the typed lists.
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_country IF NOT EXISTS FOR (n:Entity) ON (n.country);
CREATE INDEX entity_name_en IF NOT EXISTS FOR (n:Entity) ON (n.name_en);
CREATE INDEX meeting_start IF NOT EXISTS FOR (n:Meeting) ON (n.attr_startDate);
