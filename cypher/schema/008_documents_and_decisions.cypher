// Documents are recognised by their normalised address and the hash of their text
// (`api/src/domain/documentKeys.ts`), so a second copy is found without reading every text.
CREATE INDEX source_url_key IF NOT EXISTS FOR (n:Source) ON (n.urlKey);
CREATE INDEX source_text_hash IF NOT EXISTS FOR (n:Source) ON (n.textHash);
// One lock node serialises additions of sources, so two copies sent at once cannot both be stored.
CREATE CONSTRAINT source_addition_lock_key IF NOT EXISTS FOR (l:SourceAdditionLock) REQUIRE l.key IS UNIQUE;
// Remembered review decisions: one per normalised name, kind and context; read by name and by entity.
CREATE CONSTRAINT mention_decision_key IF NOT EXISTS FOR (d:MentionDecision) REQUIRE d.key IS UNIQUE;
CREATE INDEX mention_decision_name IF NOT EXISTS FOR (d:MentionDecision) ON (d.nameKey);
CREATE INDEX mention_decision_entity IF NOT EXISTS FOR (d:MentionDecision) ON (d.entityId);
