// A typed list's sort key by date (meetings: their start date; none sorts as the empty string).
coalesce({{node}}.attr_startDate, '')
