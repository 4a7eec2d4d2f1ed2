// An entity as the request selected it: the properties its fields read (its names only, or every
// property; the full text of a source and the stored citations only when selected), the sources
// its citations name (or [] when none is selected), and one list per selected relationship
// field, in the order of the read plan. `sources` and `links` are there only when read
// (`, sources: …`, `, links: […]`): every key of every row is decoded by the driver.
{node: {{node}} { {{properties}} }{{sources}}{{links}}}
