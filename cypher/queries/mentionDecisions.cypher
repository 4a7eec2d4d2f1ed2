// The remembered review decisions for the normalised names of an analysis's mentions.
MATCH (m:MentionDecision)
WHERE m.nameKey IN $nameKeys
RETURN m {.*} AS decision
ORDER BY m.decidedAt DESC, m.key
