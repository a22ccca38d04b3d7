report-nav = Coverage gaps
report-gaps-title = Where help is missing
report-gaps-intro = How far people in Saxony-Anhalt live from the nearest service that fits, and how many services there are for them – by need, kind of service and language. Services offered only by phone, by video or statewide are counted separately.
report-need = Need or kind of service
report-needs = Needs
report-kinds = Kinds of service
report-language = Language
report-any-language = any language
report-beyond = Distance
report-catchment = Catchment area of the index
report-show = Show
report-worst = The largest gaps
report-no-gaps = No gaps: for every need, everyone can reach a service that fits within this distance.
report-gap-sentence = { $district }, { $need }: { $share } of people ({ $people }) live more than { $km } km from the nearest service that fits. Nearest alternative: { $nearest }, { $distance }.
report-gap-none = { $district }, { $need }: no service that fits has a location; { $share } of people ({ $people }) have no service within { $km } km.
report-remote = { $count ->
    [0] No service that fits is offered by phone, by video or statewide.
    [one] In addition, { $count } service that fits is offered by phone, by video or statewide (not on the map).
   *[other] In addition, { $count } services that fit are offered by phone, by video or statewide (not on the map).
}
report-map-caption = Each dot is a place; the colour shows the index: services that fit per 100,000 people within reach. The same figures by district are in the table.
report-class-0 = no service within reach
report-class-1 = up to 2 per 100,000
report-class-2 = up to 5 per 100,000
report-class-3 = up to 10 per 100,000
report-class-4 = more than 10 per 100,000
report-districts = By district and independent city
report-district = District or city
report-population = Population
report-inside = Services in the district
report-beyond-share = Share living farther away
report-index = Index per 100,000
report-nearest = Nearest service from the district centre
report-none = none
report-gap = Gap
report-method = Index by the enhanced two-step floating catchment area method (E2SFCA) with Gaussian decay across the catchment area; a district's population is spread evenly over its places.
report-source = Population:
