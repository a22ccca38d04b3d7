# Signed-in area (/verwaltung), sign-in, invitations, password reset, e-mails.

error-refused-title = Nicht möglich
error-csrf = Das Formular ist abgelaufen oder stammt nicht von dieser Seite. Bitte laden Sie die Seite neu und senden Sie es noch einmal. Es wurde nichts geändert.
error-form-too-large = Das Formular ist zu groß (höchstens 64 KB). Es wurde nichts geändert.
error-form-type = Bitte senden Sie das Formular über die Seite. Es wurde nichts geändert.
error-not-yours = Dieser Eintrag gehört zu einem anderen Träger. Sie können nur die Einträge Ihres eigenen Trägers bearbeiten. Es wurde nichts geändert.
error-coordinators-only = Diese Seite ist der Koordination vorbehalten.
error-edit-conflict = Jemand anderes hat diesen Eintrag inzwischen geändert. Bitte laden Sie die Seite neu und tragen Sie Ihre Änderung noch einmal ein. Es wurde nichts geändert.

login-title = Anmelden
login-intro = Für Träger, Beratende und die Koordination des Netzwerks.
login-submit = Anmelden
login-forgot = Passwort vergessen?
login-failed = E-Mail-Adresse oder Passwort stimmen nicht.
login-locked = Zu viele fehlgeschlagene Versuche. Bitte warten Sie 15 Minuten oder setzen Sie Ihr Passwort zurück.
sign-out = Abmelden
field-email = E-Mail-Adresse
field-password = Passwort
field-new-password = Neues Passwort
field-password-repeat = Passwort wiederholen
password-rule = Mindestens 10 Zeichen. Ein Satz, den Sie sich merken können, ist ein gutes Passwort.
password-save = Passwort speichern
password-too-short = Das Passwort ist zu kurz: mindestens 10 Zeichen.
password-too-long = Das Passwort ist zu lang: höchstens 256 Zeichen.
password-mismatch = Die beiden Passwörter stimmen nicht überein.

forgot-title = Passwort vergessen
forgot-intro = Geben Sie Ihre E-Mail-Adresse ein. Wenn es dazu ein Konto gibt, schicken wir Ihnen einen Link zum Setzen eines neuen Passworts. Er gilt eine Stunde.
forgot-submit = Link schicken
reset-sent-title = E-Mail unterwegs
reset-sent = Wenn es zu dieser Adresse ein Konto gibt, ist eine E-Mail mit einem Link unterwegs. Er gilt eine Stunde.
reset-title = Neues Passwort
reset-intro = Neues Passwort für

invite-title = Einladung annehmen
invite-intro = Sie wurden eingeladen mit der Adresse
invite-existing-account = Sie haben schon ein Konto. Nehmen Sie die Einladung an und melden Sie sich wie gewohnt an.
invite-accept = Einladung annehmen
invite-accepted-title = Einladung angenommen
invite-accepted = Die neue Rolle ist Ihrem Konto hinzugefügt. Bitte melden Sie sich an.

token-unknown-title = Link ungültig
token-unknown = Diesen Link kennen wir nicht. Bitte prüfen Sie, ob er vollständig kopiert ist.
token-expired-title = Link abgelaufen
token-expired = Dieser Link ist abgelaufen. Bitte lassen Sie sich einen neuen schicken.
token-used-title = Link schon benutzt
token-used = Dieser Link wurde schon benutzt. Melden Sie sich an oder lassen Sie sich einen neuen schicken.

admin-nav-label = Verwaltung
admin-home = Verwaltung
admin-roles = Ihre Rollen
admin-no-roles = noch keine
admin-own-organizations = Ihre Träger
admin-all-organizations = Alle Träger
admin-filter-organizations = Träger suchen
admin-organization-count = { $count ->
    [one] { $count } Träger
   *[other] { $count } Träger
}
admin-to-search = Zur Suche
admin-services = Angebote
admin-actions = Aktionen
admin-organization-details = Angaben zum Träger
role-coordinator = Koordination
role-editor = Redaktion
role-counsellor = Beratung

service-edit-title = Angebot bearbeiten
service-section-what = Was
service-section-contact = Kontakt
service-section-access = Kosten und Zugang
field-name = Name
field-alternate-name = Kurzname
field-description = Beschreibung
field-status = Status
field-phone = Telefon
field-url = Website
field-fees = Kosten (Beschreibung)
field-application = So erhalten Sie Hilfe
field-eligibility = Voraussetzungen
field-role = Rolle
required = Pflichtfeld
status-active = aktiv
status-inactive = ruht
hours-hint = Eine Zeile je Wochentag und Zeitraum. Leere Zeilen werden ignoriert.
hours-opens = von
hours-closes = bis
hours-mode = Art
hours-note = Hinweis
save = Speichern
saved = Gespeichert. Die Suche zeigt die Änderung in einer Sekunde.
form-has-errors = Bitte prüfen Sie die markierten Felder. Es wurde nichts gespeichert.
field-required = Bitte ausfüllen.
field-too-long = Zu lang.
field-one-line = Bitte in einer Zeile.
field-control-chars = Enthält unzulässige Steuerzeichen.
field-email-invalid = Keine gültige E-Mail-Adresse.
field-url-invalid = Bitte eine Adresse, die mit https:// beginnt.
field-phone-invalid = Bitte nur Ziffern, Leerzeichen und + - / ( ).
field-choice-invalid = Diese Auswahl gibt es nicht.
field-invalid = Dieser Wert passt nicht zum Austauschformat (HSDS).
field-time-invalid = Bitte eine Uhrzeit wie 09:30.
field-time-order = Das Ende muss nach dem Beginn liegen.
field-too-many = Zu viele Zeilen.
field-organization-required = Bitte einen Träger wählen (für Redaktion und Beratung).
label-district = Landkreis / kreisfreie Stadt

freshness-title = Aktualität
freshness-intro = { $count ->
    [one] { $count } Eintrag wurde seit mehr als sechs Monaten nicht bestätigt.
   *[other] { $count } Einträge wurden seit mehr als sechs Monaten nicht bestätigt.
}
freshness-by-organization = Nach Träger
freshness-by-district = Nach Landkreis
freshness-entries = Einträge
freshness-verified = Zuletzt bestätigt
freshness-state = Stand
freshness-current = aktuell
freshness-due = Erinnerung fällig
freshness-outdated = möglicherweise veraltet
freshness-no-district = landesweit / ohne Ort
confirm-still-correct = Stimmt noch

invitations-title = Einladungen
invitation-send = Einladung schicken
invitation-mail-lang = Sprache der E-Mails
invitation-mail-lang-hint = Die Einladung und spätere E-Mails kommen in dieser Sprache, mit dem deutschen Text darunter.
invitation-sent = Einladung geschickt an
invitation-organization-hint = Für Redaktion und Beratung: der Träger, für den die Person arbeitet.
accounts-title = Konten
account-access = Zugang
role-remove = Rolle entziehen
account-disable = Sperren
account-enable = Entsperren
account-disabled = Gesperrt
error-own-account = Das eigene Konto und die eigene Koordinationsrolle können Sie hier nicht entziehen.
org-editors-title = Wer diesen Träger bearbeitet

audit-title = Protokoll
audit-actor = Person (E-Mail)
audit-entity = Art
audit-entity-service = Angebot
audit-entity-organization = Träger
audit-entity-account = Konto
audit-entity-id = Kennung
audit-from = von
audit-to = bis
audit-when = Wann
audit-what = Was
audit-changes = Änderungen
audit-empty = Keine Einträge.

outbox-title = Postausgang
outbox-new-link = Link zum Weitergeben erzeugen
outbox-new-link-hint = Der Link steht nicht in der Datenbank. Ein neuer ersetzt den vorigen.
outbox-link-not-yours = Einen Link zum Zurücksetzen des Passworts sieht nur die Person, der er gehört.
outbox-link-gone = Dieser Link ist schon benutzt oder abgelaufen.
outbox-intro = Es ist kein SMTP-Server eingerichtet: E-Mails werden hier abgelegt statt verschickt.
outbox-empty = Keine E-Mails.
outbox-to = An

mail-reset-subject = beratungsnetz: neues Passwort
mail-reset-body = Guten Tag,

    Sie (oder jemand anderes) haben ein neues Passwort für beratungsnetz angefordert. Mit diesem Link setzen Sie es, er gilt eine Stunde:

    { $link }

    Wenn Sie nichts angefordert haben, können Sie diese E-Mail ignorieren.
mail-invite-subject = Einladung zu beratungsnetz
mail-invite-body = Guten Tag,

    { $inviter } lädt Sie zu beratungsnetz ein, dem Verzeichnis des Beratungsnetzwerks, in der Rolle: { $role }.

    Mit diesem Link nehmen Sie die Einladung an und setzen Ihr Passwort. Er gilt sieben Tage:

    { $link }
mail-reminder-subject = Bitte prüfen: Einträge von { $organization }
mail-reminder-body = Guten Tag,

    diese Einträge von { $organization } wurden seit mehr als sechs Monaten nicht bestätigt. Bitte prüfen Sie sie und klicken Sie auf „Stimmt noch“ oder ändern Sie, was nicht mehr stimmt. Nach zwölf Monaten zeigt die Suche sie als möglicherweise veraltet.

    { $list }
    Anmelden: { $url }/anmelden

location-edit-title = Ort bearbeiten
location-section-address = Adresse
location-section-access = Barrierefreiheit
location-coordinates-hint = Die Lage auf der Karte ergibt sich aus der Postleitzahl.
location-access-hint = Eine Zeile je Merkmal, z. B. „Rollstuhlgerechter Zugang“, „Aufzug vorhanden“ oder „Eingang nur über Stufen“. Die Suche erkennt daraus „barrierefrei“.
access-description = Merkmal
access-details = Einzelheiten
field-street = Straße und Hausnummer
field-postal-code = Postleitzahl
field-city = Ort
field-plz-unknown = Diese Postleitzahl gibt es nicht.
back-to-organization = Zurück zum Träger
admin-locations = Orte
admin-new-service = Neues Angebot
admin-new-location = Neuer Ort
admin-new-organization = Neuen Träger aufnehmen
admin-create = Anlegen
field-locations = Orte, an denen das Angebot stattfindet
error-name-required = Bitte einen Namen angeben (höchstens 200 Zeichen). Es wurde nichts angelegt.

account-title = Mein Konto
account-totp = Zweiter Faktor
account-totp-is-on = Die Anmeldung verlangt außer dem Passwort einen Code aus Ihrer Authenticator-App.
account-totp-is-off = Die Anmeldung verlangt nur das Passwort. Mit einem zweiten Faktor schützt ein Code aus einer Authenticator-App (z. B. FreeOTP, Aegis, Google Authenticator) Ihr Konto zusätzlich.
account-totp-start = Zweiten Faktor einrichten
account-totp-scan = Scannen Sie diesen QR-Code mit Ihrer Authenticator-App und geben Sie den angezeigten Code ein.
account-totp-qr = QR-Code für die Authenticator-App
account-totp-manual = Oder tippen Sie diesen Schlüssel ein:
account-totp-confirm = Einrichten
account-totp-off = Zweiten Faktor ausschalten
account-totp-on-now = Der zweite Faktor ist eingerichtet.
account-totp-off-now = Der zweite Faktor ist ausgeschaltet.
account-password = Passwort ändern
account-current-password = Bisheriges Passwort
account-wrong-password = Das bisherige Passwort stimmt nicht. Es wurde nichts geändert.
field-code = Code aus der App (6 Ziffern)
login-code-title = Code eingeben
login-code-intro = Ihr Konto ist mit einem zweiten Faktor geschützt. Geben Sie den Code aus Ihrer Authenticator-App ein.
login-code-wrong = Der Code stimmt nicht. Bitte geben Sie den aktuellen Code ein.

vocabulary-title = Vokabular
vocabulary-intro = Bedarfe, Angebotsarten und Zielgruppen mit ihren Bezeichnungen in sieben Sprachen. Die Suche versteht jedes Wort, das hier einem Begriff zugeordnet ist, in jeder Sprache – auch für Einträge ohne eigene Schlagworte. Ergänzte Wörter wirken sofort auf allen Servern.
vocabulary-term = Begriff
vocabulary-labels = Bezeichnungen
vocabulary-words = Suchwörter
vocabulary-word = Neues Suchwort
vocabulary-word-hint = Ein Wort oder eine kurze Wendung in einer beliebigen Sprache, wie Ratsuchende sie eintippen (höchstens 60 Zeichen).
vocabulary-add = Suchwort hinzufügen
vocabulary-remove = Entfernen
vocabulary-builtin = { $count ->
    [one] { $count } eingebautes Suchwort
   *[other] { $count } eingebaute Suchwörter
}
audit-entity-location = Ort
audit-entity-vocabulary = Vokabular
account-totp-already-on = Der zweite Faktor ist schon eingerichtet. Schalten Sie ihn erst mit Ihrem Passwort aus, um ihn neu einzurichten.
account-mail-lang = Sprache Ihrer E-Mails
account-lang-saved = Gespeichert: Ihre E-Mails kommen jetzt in dieser Sprache, mit dem deutschen Text darunter.
account-lang-unknown = Bitte eine der angebotenen Sprachen wählen.
reset-done-title = Passwort gespeichert
reset-done-sign-in = Ihr neues Passwort ist gespeichert. Bitte melden Sie sich an – mit dem Code aus Ihrer Authenticator-App.
status-defunct = eingestellt
status-temporarily-closed = vorübergehend geschlossen
error-signed-out = Bitte melden Sie sich an.
account-first-name = Vorname
account-first-name-hint = So erscheinen Sie im Verlauf von Verweisungen, neben Ihrer Organisation. Leer lassen: nur die Organisation.
account-first-name-saved = Gespeichert.
account-first-name-invalid = Bitte höchstens 40 Zeichen, ohne Steuerzeichen.
