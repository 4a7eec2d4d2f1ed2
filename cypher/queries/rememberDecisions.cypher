// Stores review decisions about mentions, one per normalised name, kind and context: a later
// decision replaces an earlier one.
UNWIND $decisions AS d
MERGE (m:MentionDecision {key: d.key})
SET m = d
RETURN count(m) AS written
