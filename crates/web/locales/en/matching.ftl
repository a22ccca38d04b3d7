# Case matching: several needs at once.
match-title = Case matching: several needs at once
match-intro = Choose the needs of a client, the place and what they need. For each need you see the services nearby that fit, why they fit, and why a near one is out of the question.
match-needs = Help with
match-near = Place (postcode or town)
match-radius = Radius
match-languages = The client's languages
match-languages-hint = Language codes, separated by commas, e.g. ar, fa.
match-age = Age
match-constraints = What the client needs
match-free = free of charge only
match-barrier-free = barrier-free access
match-remote = also by phone or video
match-stored-nothing = Nothing about the client is stored: what you enter is only in this page's address.
match-submit = Find services that fit
match-needs-needed = Please choose at least one need.
match-place-needed = Please give a place.
match-answer = Services that fit around
match-handout = Handout for all needs
match-several = Services for several needs at once
match-fits = Fits
match-left-out = Out of the question, with the reason
match-nothing = Nothing fits within { $km } km.
match-nearest = Nearest option
match-why-need = helps with { $need }
match-why-language = in { $language }
match-why-near = { $km } away
match-why-statewide = statewide
match-why-remote = by phone or video
match-why-also = also helps with { $needs }
match-why-not-language = in none of the client's languages
match-why-not-age = age limit: { $ages }
match-ages-from = from { $min } years
match-ages-to = up to { $max } years
match-ages-range = { $min } to { $max } years
match-why-not-free = charges a fee
match-why-not-barrier-free = not barrier-free
match-why-capacity = { $n ->
    [one] 1 place free
   *[other] { $n } places free
}
match-why-not-full = no places free at the moment
match-why-not-far = { $km } away, beyond the radius
match-nav = Case matching
match-situation = The situation in your own words (optional)
match-situation-hint = In any of the seven languages, e.g. “my landlord wants me out”: the needs it names are ticked. No names.
