// The filters of the typed lists: a kind, and a country, type and words when given.
{{node}}.kind = $kind
    AND ($country IS NULL OR {{node}}.country = $country)
    AND ($type IS NULL OR toLower({{node}}.attr_type) = toLower($type))
    AND ($textKey IS NULL OR any(k IN {{node}}.searchKeys WHERE k CONTAINS $textKey))
