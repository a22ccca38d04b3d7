report-nav = Versorgungslücken
report-gaps-title = Wo Hilfe fehlt
report-gaps-intro = Wie weit die Menschen in Sachsen-Anhalt vom nächsten passenden Angebot entfernt sind und wie viele Angebote auf sie kommen – je Bedarf, Angebotsart und Sprache. Angebote nur per Telefon, Video oder landesweit werden gesondert gezählt.
report-need = Bedarf oder Angebotsart
report-needs = Bedarfe
report-kinds = Angebotsarten
report-language = Sprache
report-any-language = jede Sprache
report-beyond = Entfernung
report-catchment = Einzugsbereich des Index
report-show = Anzeigen
report-worst = Die größten Lücken
report-no-gaps = Keine Lücken: Alle Menschen erreichen für jeden Bedarf ein passendes Angebot in dieser Entfernung.
report-gap-sentence = { $district }, { $need }: { $share } der Menschen ({ $people }) wohnen weiter als { $km } km vom nächsten passenden Angebot entfernt. Nächste Alternative: { $nearest }, { $distance }.
report-gap-none = { $district }, { $need }: Kein passendes Angebot mit Ort; { $share } der Menschen ({ $people }) sind ohne Angebot in { $km } km.
report-remote = { $count ->
    [0] Kein passendes Angebot per Telefon, Video oder landesweit.
    [one] Dazu { $count } passendes Angebot per Telefon, Video oder landesweit (nicht in der Karte).
   *[other] Dazu { $count } passende Angebote per Telefon, Video oder landesweit (nicht in der Karte).
}
report-map-caption = Jeder Punkt ein Ort; die Farbe zeigt den Index: passende Angebote je 100.000 Menschen in Reichweite. Dieselben Zahlen je Landkreis stehen in der Tabelle.
report-class-0 = kein Angebot in Reichweite
report-class-1 = bis 2 je 100.000
report-class-2 = bis 5 je 100.000
report-class-3 = bis 10 je 100.000
report-class-4 = mehr als 10 je 100.000
report-districts = Je Landkreis und kreisfreier Stadt
report-district = Landkreis oder Stadt
report-population = Einwohner
report-inside = Angebote im Kreis
report-beyond-share = Anteil weiter entfernt
report-index = Index je 100.000
report-nearest = Nächstes Angebot vom Kreismittelpunkt
report-none = keines
report-gap = Lücke
report-method = Index nach der erweiterten Zwei-Schritt-Methode (E2SFCA) mit gaußscher Abnahme über den Einzugsbereich; die Bevölkerung eines Kreises ist gleichmäßig auf seine Orte verteilt.
report-source = Bevölkerung:
