## Seitenrahmen
site-name = beratungsnetz
skip-link = Zum Inhalt springen
language-name = Deutsch
language-nav-label = Sprache
credit-postcodes = Postleitzahlen: GeoNames, CC BY 4.0
credit-data-model = Datenmodell: Human Services Data Specification (Open Referral), CC BY-SA 4.0

## Startseite: Verzeichnis der Beratungsangebote
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

## Blättern
pagination-label = Seiten
pagination-previous = Zurück
pagination-next = Weiter
pagination-previous-label = Zurück zu Seite { $page }
pagination-next-label = Weiter zu Seite { $page }
pagination-status = Seite { $page } von { $pages }

## Fehlerseiten
error-not-found-title = Seite nicht gefunden
error-not-found = Diese Seite gibt es nicht.
error-bad-request-title = Ungültige Anfrage
error-bad-request = Die Adresse enthält einen ungültigen Wert.
error-internal-title = Ein Fehler ist aufgetreten
error-internal = Bitte versuchen Sie es später noch einmal.
error-home-link = Zur Startseite
