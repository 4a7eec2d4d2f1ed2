// A typed list's country filter.
{{node}}.country = $country
