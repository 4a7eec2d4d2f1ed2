// Merge decisions and disputes are nodes of their own (not entities), each with a unique id.
CREATE CONSTRAINT merge_decision_id IF NOT EXISTS FOR (m:MergeDecision) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT dispute_id IF NOT EXISTS FOR (d:Dispute) REQUIRE d.id IS UNIQUE;
