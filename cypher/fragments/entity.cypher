// An entity as the request selected it: its properties (the full text only when a source's
// `text` is selected, the stored citations only when `citations` is: `omit` nulls them), the sources its citations name (or [] when none is selected), and one
// list per selected relationship field, in the order of the read plan.
{node: {{node}} {.*, text: {{text}}{{omit}}}, sources: {{sources}}, links: [{{links}}]}
