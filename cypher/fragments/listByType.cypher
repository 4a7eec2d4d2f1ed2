// A typed list's type filter, case-insensitive.
toLower({{node}}.attr_type) = toLower($type)
