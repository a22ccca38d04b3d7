## frame
site-name = beratungsnetz
skip-link = Zum Inhalt springen
language-name = Deutsch
language-nav-label = Sprache
credit-postcodes = Postleitzahlen: GeoNames, CC BY 4.0
credit-data-model = Datenmodell: Human Services Data Specification (Open Referral), CC BY-SA 4.0

## home
home-title = Beratungsangebote in Sachsen-Anhalt
home-intro = Hier finden Sie Beratungsangebote in Sachsen-Anhalt: wer hilft, wobei und wo.
services-total =
    { $count ->
        [one] { $count } Angebot
       *[other] { $count } Angebote
    }
services-empty = Es sind noch keine Angebote eingetragen.
page-empty = Auf dieser Seite gibt es keine Einträge.
back-to-first-page = Zur ersten Seite
label-organization = Träger
label-town = Ort
service-unnamed = Angebot ohne Namen
sample-data-note = Hinweis: Die Einträge sind Beispieldaten. Sie beschreiben keine echten Angebote.
sample-data-badge = Beispieldaten
search-q-label = Was brauchen Sie?
search-q-hint = Zum Beispiel: Schulden, Schwangerschaft, Aufenthalt
search-near-label = Wo? (PLZ oder Ort)
search-near-me = In meiner Nähe
search-submit = Suchen
search-form-label = Suche
browse-title = Hilfe nach Thema

## results
results-title = Suchergebnisse
results-count =
    { $count ->
        [one] { $count } Angebot gefunden
       *[other] { $count } Angebote gefunden
    }
results-none = Keine Angebote gefunden. Versuchen Sie andere Wörter, einen größeren Umkreis oder weniger Filter.
place-unknown = Den Ort „{ $place }“ haben wir nicht gefunden. Wir zeigen Angebote ohne Ortsangabe.
place-did-you-mean = Meinten Sie:
offers-title = So finden Sie trotzdem Hilfe
offer-wider = Im Umkreis von { $radius } km suchen ({ $count } Treffer)
offer-without-words = Ohne Suchwörter, mit denselben Filtern ({ $count } Treffer)
offer-remote = Beratung am Telefon oder per Video, von überall ({ $count } Treffer)
offer-migration = Allgemeine Migrationsberatung in der Nähe – sie hilft weiter ({ $count } Treffer)
results-understood = Gesucht nach:
filters-title = Filter
filters-active = Gewählte Filter:
filter-remove = Filter entfernen
filters-reset = Alle Filter zurücksetzen
filter-any-of = Mehrere Häkchen: Eines davon genügt. Die Zahl sagt, wie viele Angebote es dafür gibt.
filter-apply = Filter anwenden
filter-need = Hilfe bei
filter-kind = Art des Angebots
filter-target = Für wen
filter-language = Sprache der Beratung
filter-district = Landkreis oder Stadt
filter-flags = Merkmale
filter-mode = Art der Beratung
filter-open-now = Jetzt geöffnet
filter-radius = Umkreis in Kilometern
filter-sort = Sortierung
sort-relevance = Beste Treffer
sort-distance = Entfernung
sort-name = Name
label-distance = Entfernung
label-languages = Sprachen
label-cost = Kosten
cost-free = kostenlos
cost-paid = mit Kosten
text-in-german = Text auf Deutsch

## detail
detail-what = Was wir anbieten
detail-for-whom = Für wen
detail-needs = Hilfe bei
detail-kinds = Art des Angebots
detail-hours = Öffnungszeiten
hours-day = Tag
hours-time = Uhrzeit
hours-none = Keine Öffnungszeiten angegeben. Bitte rufen Sie an.
hours-opens-next = Jetzt geschlossen – öffnet { $day } um { $time } Uhr
hours-of-building = Für dieses Angebot sind keine eigenen Zeiten angegeben: Das sind die Öffnungszeiten des Hauses. Bitte vorher anrufen.
hours-of-building-short = Zeiten des Hauses
weekday-mo = Montag
weekday-tu = Dienstag
weekday-we = Mittwoch
weekday-th = Donnerstag
weekday-fr = Freitag
weekday-sa = Samstag
weekday-su = Sonntag
detail-address = Adresse
map-app = In Karten-App öffnen
map-osm = Auf OpenStreetMap ansehen
detail-phone = Telefon
detail-accessibility = Barrierefreiheit
accessibility-yes = barrierefrei zugänglich
accessibility-unknown = Keine Angaben
detail-verified = Zuletzt geprüft
detail-statewide = Für ganz Sachsen-Anhalt
handout-link = Handzettel drucken
handout-title = Handzettel
handout-date = Stand:
handout-print = Drucken
handout-appointment = Termin:
handout-intro = Diese Angebote können Ihnen helfen. Rufen Sie an oder gehen Sie hin.
handout-print-hint = Zum Drucken: Menü des Browsers, dann „Drucken“ (oder Strg+P).
handout-results-link = Handzettel für diese Treffer drucken
back-to-results = Neue Suche

## organization and region
org-services = Angebote dieses Trägers
org-website = Internetseite
region-title = Hilfe in der Region { $name }
home-regions = Hilfe in Ihrem Landkreis
home-all-services = alle Angebote von A bis Z
region-more = Mehr Hilfe in der Region { $name }
org-contact = Adresse und Kontakt
label-email = E-Mail
region-search = In dieser Region suchen
region-covered = Hier gibt es Hilfe bei
region-missing = Hier noch kein Angebot für
region-missing-hint = Dafür helfen landesweite Angebote, Beratung am Telefon oder die Migrationsberatung weiter.

## errors
error-not-found-title = Seite nicht gefunden
error-not-found = Diese Seite gibt es nicht.
error-bad-request-title = Ungültige Anfrage
error-bad-request = Die Adresse enthält einen ungültigen Wert.
error-bad-param = Ungültiger Wert im Feld „{ $param }“.
error-internal-title = Ein Fehler ist aufgetreten
error-internal = Bitte versuchen Sie es später noch einmal.
error-home-link = Zur Startseite

## paging
pagination-label = Seiten
pagination-previous = Zurück
pagination-next = Weiter
pagination-previous-label = Zurück zu Seite { $page }
pagination-next-label = Weiter zu Seite { $page }
pagination-status = Seite { $page } von { $pages }
possibly-outdated = Angaben möglicherweise veraltet
handout-pdf = Als PDF herunterladen
map-show = Karte zeigen
map-hide = Karte ausblenden
