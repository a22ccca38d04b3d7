# Case matching (Fallkonstellation): several needs at once.
match-title = Fallkonstellation: mehrere Bedarfe auf einmal
match-intro = Wählen Sie die Bedarfe einer Person, den Ort und was sie braucht. Sie sehen je Bedarf die passenden Angebote in der Nähe, warum sie passen und warum ein nahes Angebot nicht in Frage kommt.
match-needs = Hilfe bei
match-near = Ort (Postleitzahl oder Ort)
match-radius = Umkreis
match-languages = Sprachen der Person
match-languages-hint = Sprachcodes, durch Komma getrennt, z. B. ar, fa.
match-age = Alter
match-constraints = Was die Person braucht
match-free = nur kostenfreie Angebote
match-barrier-free = barrierefreier Zugang
match-remote = auch telefonisch oder per Video
match-stored-nothing = Über die Person wird nichts gespeichert: die Angaben stehen nur in der Adresse dieser Seite.
match-submit = Passende Angebote finden
match-needs-needed = Bitte wählen Sie mindestens einen Bedarf.
match-place-needed = Bitte geben Sie einen Ort an.
match-answer = Passende Angebote um
match-handout = Handzettel für alle Bedarfe
match-several = Angebote für mehrere Bedarfe zugleich
match-fits = Passt
match-left-out = Nicht in Frage kommend, mit Grund
match-nothing = Im Umkreis von { $km } km passt nichts.
match-nearest = Nächste Möglichkeit
match-why-need = hilft bei { $need }
match-why-language = auf { $language }
match-why-near = { $km } entfernt
match-why-statewide = landesweit
match-why-remote = telefonisch oder per Video
match-why-also = hilft auch bei { $needs }
match-why-not-language = in keiner Sprache der Person
match-why-not-age = Altersgrenze: { $ages }
match-ages-from = ab { $min } Jahren
match-ages-to = bis { $max } Jahre
match-ages-range = { $min } bis { $max } Jahre
match-why-not-free = kostenpflichtig
match-why-not-barrier-free = nicht barrierefrei
match-why-capacity = { $n ->
    [one] 1 freier Platz
   *[other] { $n } freie Plätze
}
match-why-not-full = zurzeit keine freien Plätze
match-why-not-far = { $km } entfernt, außerhalb des Umkreises
match-nav = Fallkonstellation
match-situation = Die Lage in eigenen Worten (freiwillig)
match-situation-hint = In einer der sieben Sprachen, z. B. „der Strom wird abgestellt“: die genannten Bedarfe werden angekreuzt. Keine Namen.
