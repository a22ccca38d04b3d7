# The annual Fachtag: public programme, exports and the coordinators' pages.
conference-nav = Fachtag
conference-list-title = Fachtage des Netzwerks
conference-list-intro = Einmal im Jahr trifft sich die Migrationsberatung mit den Fachdiensten des Landes: Vorträge, Podien und Workshops, in denen die Schnittstellen der Zusammenarbeit ausgearbeitet werden.
conference-none = Noch ist kein Fachtag angelegt.
conference-german-note = Das Programm ist auf Deutsch. Dolmetschen kann bei der Anmeldung gewünscht werden.
conference-programme = Programm
conference-no-sessions = Noch keine Programmpunkte.
conference-parallel = Gleichzeitig, zur Auswahl:
conference-places = { $count ->
    [one] { $count } Platz
   *[other] { $count } Plätze
}
conference-rooms = Räume und Barrierefreiheit
conference-room = Raum
conference-capacity = Plätze
conference-access = Zugang
conference-step-free = stufenlos erreichbar
conference-not-step-free = nicht stufenlos erreichbar
conference-exports = Programm herunterladen
conference-ics = Kalenderdatei (.ics) mit allen Programmpunkten
conference-frab-xml = Programm für Konferenz-Apps (frab-XML)
conference-frab-json = Programm für Konferenz-Apps (frab-JSON)
conference-kind = Art
conference-kind-talk = Vortrag
conference-kind-panel = Podium
conference-kind-workshop = Workshop
conference-kind-break = Pause
conference-time = Zeit
conference-admin-title = Fachtag planen
conference-admin-intro = Legen Sie den Fachtag eines Jahres an – leer oder als Kopie eines früheren mit dessen Räumen und Programm – und pflegen Sie Räume und Programmpunkte.
conference-public = Öffentlich
conference-new = Neuen Fachtag anlegen
conference-form-errors = Bitte prüfen Sie die markierten Felder.
conference-copy-from = Räume und Programm übernehmen von
conference-copy-none = keinem (leer beginnen)
conference-create = Fachtag anlegen
conference-field-year = Jahr
conference-field-title = Titel
conference-field-day = Datum
conference-field-venue = Tagungsort
conference-field-address = Anschrift
conference-field-description = Beschreibung
conference-field-capacity = Plätze insgesamt (0: nur durch die Räume begrenzt)
conference-field-registration-until = Anmeldeschluss
conference-field-consent = Einwilligungstext der Anmeldung
conference-field-offer-hours = Stunden, die ein frei gewordener Platz angeboten bleibt
conference-field-delete-after-days = Tage nach dem Fachtag, bis Angaben der Teilnehmenden gelöscht werden
conference-field-starts = Beginn
conference-field-ends = Ende
conference-field-speakers = Mitwirkende
conference-speakers-hint = Eine Person pro Zeile: Name; Funktion; Organisation. Der Name darf fehlen.
conference-field-places = Plätze im Workshop
conference-places-hint = Leer lassen: so viele wie der Raum.
conference-sessions = Programmpunkte
conference-rooms-first = Legen Sie zuerst einen Raum an.
conference-new-session = Neuer Programmpunkt
conference-edit-session = Programmpunkt bearbeiten
conference-delete-session = Programmpunkt löschen
conference-room-name = Name des Raums
conference-room-capacity = Plätze im Raum
conference-room-notes = Hinweise zum Zugang
conference-save-room = Raum speichern
conference-new-room = Neuer Raum
conference-add-room = Raum anlegen
conference-event = Angaben zum Fachtag
conference-save = Speichern
conference-clash-with = Im selben Raum zur selben Zeit:
conference-conflict = Für dieses Jahr gibt es schon einen Fachtag, oder jemand hat ihn gerade geändert. Bitte laden Sie die Seite neu.
conference-error-required = Bitte ausfüllen.
conference-error-too-long = Dieser Text ist zu lang.
conference-error-control = Dieser Text enthält unzulässige Steuerzeichen.
conference-error-number = Bitte eine ganze Zahl im erlaubten Bereich angeben.
conference-error-date = Bitte ein Datum angeben (JJJJ-MM-TT).
conference-error-year = Bitte ein Jahr zwischen 2000 und 2100 angeben.
conference-error-deadline = Der Anmeldeschluss liegt nach dem Fachtag.
conference-error-kind = Bitte eine Art wählen.
conference-error-room = Bitte einen Raum dieses Fachtags wählen.
conference-error-time = Bitte eine Uhrzeit angeben (HH:MM).
conference-error-ends = Das Ende liegt nicht nach dem Beginn.
conference-error-speakers = Bitte höchstens zwölf Mitwirkende angeben, je Zeile: Name; Funktion; Organisation.
conference-error-clash = In diesem Raum findet zur selben Zeit schon etwas statt.
conference-register-link = Zur Anmeldung
conference-register-title = Anmeldung
conference-closed = Die Anmeldung ist geschlossen.
conference-deadline = Anmeldeschluss: { $date }
conference-places-left = { $count ->
    [one] noch { $count } Platz frei
   *[other] noch { $count } Plätze frei
}
conference-full = Alle Plätze sind vergeben. Sie kommen auf die Warteliste; wird ein Platz frei, bieten wir ihn Ihnen per E-Mail an.
conference-you = Ihre Angaben
conference-field-name = Name
conference-field-email = E-Mail-Adresse
conference-field-organisation = Organisation
conference-field-postcode = Postleitzahl der Organisation
conference-postcode-hint = Freiwillig. Nur der Landkreis geht anonym in die Statistik des Fachtags ein.
conference-field-role = Funktion
conference-colleagues = Kolleginnen und Kollegen mit anmelden
conference-colleagues-hint = Wer zusammen angemeldet ist, bekommt gemeinsam einen Platz oder wartet gemeinsam. Jede Person erhält eine eigene E-Mail mit ihrem persönlichen Link.
conference-colleague = Person { $number }
conference-workshops = Workshops
conference-no-workshop = keinen Workshop
conference-workshop-full = ausgebucht, Warteliste
conference-questions = Fragen zur Teilnahme
conference-field-dietary = Essen: Unverträglichkeiten oder Wünsche
conference-field-accessibility = Barrierefreiheit: was Sie brauchen
conference-field-interpreting = Dolmetschen: welche Sprache
conference-consent-heading = Einwilligung
conference-consent-agree = Ich habe den Text gelesen und willige ein.
conference-register = Verbindlich anmelden
conference-registered-already = Diese E-Mail-Adresse ist für diesen Fachtag schon angemeldet. Ihre Anmeldung erreichen Sie über den Link in Ihrer E-Mail.
conference-error-email = Bitte eine gültige E-Mail-Adresse angeben.
conference-error-email-twice = Diese Adresse steht schon in dieser Anmeldung.
conference-error-postcode = Diese Postleitzahl kennen wir nicht.
conference-error-workshop = Bitte einen Workshop dieser Zeit wählen.
conference-error-consent = Ohne Einwilligung können wir Sie nicht anmelden.
conference-personal-title = Ihre Anmeldung
conference-thanks = Danke! Wir haben Ihnen eine E-Mail mit diesem persönlichen Link geschickt. Bewahren Sie sie auf: Über den Link ändern Sie Ihre Angaben oder melden sich ab.
conference-state-confirmed = Platz sicher
conference-state-waiting = Warteliste
conference-state-offered = Platz angeboten
conference-state-cancelled = abgemeldet
conference-state-expired = Angebot verfallen
conference-state-confirmed-text = Sie haben einen Platz beim Fachtag.
conference-state-waiting-text = Sie stehen auf der Warteliste. Wird ein Platz frei, bieten wir ihn Ihnen per E-Mail an.
conference-state-offered-text = Ein Platz ist für Sie frei geworden. Bitte nehmen Sie ihn über den Link in der E-Mail an, bevor die Frist abläuft.
conference-state-cancelled-text = Sie haben sich abgemeldet. Ihr Platz ging an die nächste Person auf der Warteliste.
conference-state-expired-text = Das Angebot eines Platzes ist abgelaufen. Sie können sich erneut anmelden, solange die Anmeldung offen ist.
conference-ahead = { $count ->
    [0] Vor Ihnen wartet niemand.
    [one] Vor Ihnen wartet { $count } Person.
   *[other] Vor Ihnen warten { $count } Personen.
}
conference-checkin-code = Ihr Code für den Einlass
conference-checkin-hint = Zeigen Sie diesen Code am Fachtag beim Einlass vor, auf dem Telefon oder ausgedruckt.
conference-my-calendar = Ihr Programm als Kalenderdatei (.ics)
conference-my-workshops = Ihre Workshops
conference-change = Angaben und Workshops ändern
conference-cancel = Abmelden
conference-cancel-hint = Wenn Sie nicht kommen können: Melden Sie sich bitte ab, damit jemand von der Warteliste Ihren Platz bekommt.
conference-cancelled-already = Diese Anmeldung ist schon abgemeldet.
conference-offer-title = Ein Platz ist frei
conference-offer-intro = Welcher Platz Ihnen angeboten wird und bis wann, steht in der E-Mail. Möchten Sie ihn nehmen?
conference-offer-accept = Platz annehmen
conference-offer-decline = Ablehnen
conference-offer-accepted = Der Platz gehört Ihnen. Ihren Code für den Einlass finden Sie über den persönlichen Link Ihrer Anmeldung.
conference-offer-declined = Sie haben abgelehnt. Der Platz geht an die nächste Person auf der Warteliste.
conference-offer-unknown = Dieser Link ist unbekannt oder wurde schon benutzt.
conference-offer-expired = Die Frist für dieses Angebot ist abgelaufen; der Platz ging an die nächste Person.
mail-conference-confirmed-subject = Ihre Anmeldung zum Fachtag { $year }: Platz sicher
mail-conference-confirmed-body = Guten Tag { $name },

    Sie sind angemeldet: { $event }, { $date }, { $venue }.

    Über Ihren persönlichen Link sehen Sie Ihren Code für den Einlass, ändern Ihre Angaben und Workshops oder melden sich ab:
    { $url }

    Das Programm liegt als Kalenderdatei bei.
mail-conference-waiting-subject = Ihre Anmeldung zum Fachtag { $year }: Warteliste
mail-conference-waiting-body = Guten Tag { $name },

    alle Plätze beim { $event } ({ $date }, { $venue }) sind vergeben. Sie stehen auf der Warteliste. Wird ein Platz frei, bieten wir ihn Ihnen per E-Mail an.

    Über Ihren persönlichen Link sehen Sie, wo Sie stehen, oder melden sich ab:
    { $url }
mail-conference-offer-subject = Fachtag { $year }: Ein Platz ist für Sie frei
mail-conference-offer-body = Guten Tag { $name },

    für Sie ist ein Platz frei geworden: { $what }.

    Bitte nehmen Sie ihn bis { $until } an, sonst geht er an die nächste Person auf der Warteliste:
    { $url }
conference-checkin-title = Einlass
conference-checkin-intro = Code vom QR-Code scannen oder eintippen. Jeder Code lässt genau eine Person einmal ein. Fällt das Netz kurz aus, merkt sich die Seite die Codes und sendet sie, sobald die Verbindung zurück ist.
conference-checkin-code-label = Code
conference-checkin-submit = Einlassen
conference-checkin-camera = Mit der Kamera scannen
conference-checkin-admitted = Willkommen: { $name } ({ $organisation })
conference-checkin-already = Dieser Code wurde schon um { $time } Uhr benutzt.
conference-checkin-unknown = Diesen Code gibt es für diesen Fachtag nicht, oder die Person hat keinen Platz.
conference-checkin-queued = Keine Verbindung: Der Code ist gemerkt und wird gesendet, sobald das Netz zurück ist.
conference-checkin-pending = Noch nicht gesendet: %n
conference-checkin-all = Fachtag insgesamt
conference-arrived = Angekommen
conference-deletion-on = Die Angaben der Teilnehmenden werden am { $date } gelöscht; die anonymen Zahlen bleiben.
conference-attendees-csv = Teilnehmendenliste (CSV)
conference-error-grade = Bitte eine Note von 1 bis 5 wählen.
conference-downloads = Listen
conference-attendees-xlsx = Teilnehmende und Workshops (XLSX)
conference-workshops-csv = Workshoplisten (CSV)
conference-after-title = Nach dem Fachtag
conference-certificate-download = Teilnahmebescheinigung (PDF)
conference-certificate-title = Teilnahmebescheinigung
conference-certificate-intro = { $name } ({ $organisation }) hat am { $date } am { $event } in { $venue } teilgenommen. Die besuchten Programmpunkte umfassen { $hours } Zeitstunden.
conference-certificate-attended = Besuchte Programmpunkte
conference-certificate-time = Zeit
conference-certificate-session = Programmpunkt
conference-certificate-hours = Zeitstunden
conference-certificate-check = Echtheit prüfen
conference-certificate-check-text = Diese Bescheinigung gilt ohne Unterschrift. Ihre Echtheit bestätigt die Prüfseite mit dem Prüfcode.
conference-certificate-code = Prüfcode
conference-certificate-check-page = Prüfseite
conference-certificate-footer = Teilnahmebescheinigung · { $event } · ausgestellt am { $issued }
conference-certificate-check-title = Teilnahmebescheinigung prüfen
conference-certificate-check-intro = Geben Sie den Prüfcode von der Bescheinigung ein. Wir zeigen, für wen, für welchen Fachtag und für wie viele Stunden sie ausgestellt wurde.
conference-certificate-check-submit = Prüfen
conference-certificate-valid = Diese Bescheinigung ist echt.
conference-certificate-event = Veranstaltung
conference-certificate-date = Datum
conference-certificate-name-deleted = Die Angaben der Teilnehmenden dieses Fachtags sind inzwischen gelöscht; der Name wird deshalb nicht mehr gezeigt.
conference-certificate-unknown = Zu diesem Prüfcode gibt es keine Bescheinigung. Bitte prüfen Sie die Schreibweise.
conference-feedback-title = Rückmeldung
conference-feedback-intro = Wie war der Fachtag für Sie? Ihre Rückmeldung hilft, den nächsten zu planen.
conference-feedback-give = Rückmeldung geben
conference-feedback-thanks = Danke für Ihre Rückmeldung.
conference-feedback-given = Sie haben schon eine Rückmeldung gegeben.
conference-feedback-overall = Wie war der Fachtag insgesamt?
conference-feedback-overall-short = Note insgesamt
conference-feedback-useful = Wie nützlich war er für Ihre Arbeit?
conference-feedback-comment = Was war gut, was sollte anders werden?
conference-feedback-wishes = Welche Themen und Schnittstellen wünschen Sie sich für das nächste Jahr?
conference-feedback-anonymous = Ihre Rückmeldung wird ohne Ihren Namen gespeichert; niemand kann sie Ihnen zuordnen.
conference-feedback-submit = Rückmeldung senden
conference-feedback-count = { $count ->
    [0] Noch keine Rückmeldungen.
    [one] { $count } Rückmeldung
   *[other] { $count } Rückmeldungen
}
conference-feedback-average = Durchschnitt
conference-feedback-grade = Note
conference-grade-1 = 1 – schlecht
conference-grade-2 = 2 – eher schlecht
conference-grade-3 = 3 – mittel
conference-grade-4 = 4 – gut
conference-grade-5 = 5 – sehr gut
conference-evaluation-title = Auswertung
conference-evaluation-intro = Anonyme Zahlen aller Jahre und die Rückmeldungen zu diesem Fachtag. Die Zahlen bleiben, wenn die Angaben der Teilnehmenden gelöscht werden.
conference-figures-years = Zahlen je Jahr
conference-figures-registered = Angemeldet
conference-figures-confirmed = Mit Platz
conference-figures-cancelled = Abgemeldet
conference-figures-attended = Teilgenommen
conference-figures-organisations = Organisationen
conference-figures-districts = Landkreise
conference-figures-feedback = Rückmeldungen
conference-figures-from = Woher die Angemeldeten kamen
conference-figures-none = Keine Angaben zum Ort.
conference-figures-district = Landkreis oder kreisfreie Stadt
conference-figures-count = Anzahl
mail-conference-reminder-subject = Erinnerung: Fachtag { $year } am { $date }
mail-conference-reminder-body = Guten Tag { $name },

    bald ist es so weit: { $event }, { $date }, { $venue }, { $address }.

    Ihre Workshops:
    { $workshops }

    Ihr Code für den Einlass: { $code }
    Den QR-Code dazu zeigt Ihr persönlicher Link aus der Bestätigung. Ihr Programm liegt als Kalenderdatei bei.

    Wenn Sie nicht kommen können, melden Sie sich bitte über diesen Link ab, damit jemand von der Warteliste Ihren Platz bekommt.
mail-conference-reminder-no-workshops = keine
conference-error-sheet = Bitte nur Schnittstellenblätter aus der Liste wählen.
conference-results-title = Ergebnisse des Workshops
conference-results-intro = Was der Workshop erarbeitet hat: Notizen, Dateien (Protokoll, Fotos der Pinnwände, Vorträge) und die Schnittstellenblätter, die er überarbeitet hat. Alles steht danach öffentlich im Programm unter dem Workshop.
conference-results-notes = Notizen
conference-results-sheets = Überarbeitete Schnittstellenblätter
conference-results-files = Dateien
conference-results-no-files = Noch keine Dateien.
conference-results-delete-file = Datei löschen
conference-results-file = Datei hochladen
conference-results-file-hint = PDF, PNG, JPEG oder Office-Dokument, höchstens
conference-results-file-most = Dateien je Workshop höchstens
conference-results-upload = Hochladen
conference-results-revised = Überarbeitete Schnittstellenblätter:
conference-results-worked-out = Erarbeitet beim Fachtag
conference-file-empty = Bitte eine Datei wählen.
conference-file-too-large = Die Datei ist zu groß.
conference-file-kind = Diese Art von Datei nehmen wir nicht an: bitte PDF, PNG, JPEG oder ein Office-Dokument.
conference-file-too-many = Dieser Workshop hat schon die höchste Zahl an Dateien. Bitte erst eine löschen.
conference-too-many = Von Ihrem Anschluss kamen in der letzten Stunde sehr viele Anmeldungen. Bitte versuchen Sie es später noch einmal.
mail-conference-accepted-subject = Fachtag { $year }: Ihr Platz ist bestätigt
mail-conference-accepted-body = Guten Tag { $name },

    Sie haben den freien Platz angenommen: { $what }.

    { $event }, { $date }, { $venue }.
    Ihr Code für den Einlass: { $code }
    Den QR-Code dazu zeigt Ihr persönlicher Link aus Ihrer ersten E-Mail; dort können Sie auch Angaben ändern oder sich abmelden. Ihr Programm liegt als Kalenderdatei bei.
