# Signed-in area (/verwaltung), sign-in, invitations, password reset, e-mails.

error-refused-title = Not possible
error-csrf = The form has expired or did not come from this page. Please reload the page and send it again. Nothing was changed.
error-form-too-large = The form is too large (at most 64 KB). Nothing was changed.
error-form-type = Please send the form using the page. Nothing was changed.
error-not-yours = This entry belongs to another organisation. You can only edit the entries of your own organisation. Nothing was changed.
error-coordinators-only = This page is only for the network's coordination team.
error-edit-conflict = Someone else has changed this entry in the meantime. Please reload the page and enter your change again. Nothing was changed.

login-title = Sign in
login-intro = For organisations, counsellors and the network's coordination team.
login-submit = Sign in
login-forgot = Forgotten your password?
login-failed = The email address or password is not correct.
login-locked = Too many failed attempts. Please wait 15 minutes or reset your password.
sign-out = Sign out
field-email = Email address
field-password = Password
field-new-password = New password
field-password-repeat = Repeat password
password-rule = At least 10 characters. A sentence you can remember makes a good password.
password-save = Save password
password-too-short = The password is too short: at least 10 characters.
password-too-long = The password is too long: at most 256 characters.
password-mismatch = The two passwords do not match.

forgot-title = Forgotten password
forgot-intro = Enter your email address. If there is an account for it, we will send you a link to set a new password. The link is valid for one hour.
forgot-submit = Send link
reset-sent-title = Email on its way
reset-sent = If there is an account for this address, an email with a link is on its way. The link is valid for one hour.
reset-title = New password
reset-intro = New password for

invite-title = Accept invitation
invite-intro = You were invited with the address
invite-existing-account = You already have an account. Accept the invitation and sign in as usual.
invite-accept = Accept invitation
invite-accepted-title = Invitation accepted
invite-accepted = The new role has been added to your account. Please sign in.

token-unknown-title = Invalid link
token-unknown = We do not recognise this link. Please check that it was copied completely.
token-expired-title = Link expired
token-expired = This link has expired. Please ask for a new one.
token-used-title = Link already used
token-used = This link has already been used. Sign in or ask for a new one.

admin-nav-label = Administration
admin-home = Administration
admin-roles = Your roles
admin-no-roles = none yet
admin-own-organizations = Your organisations
admin-all-organizations = All organisations
admin-filter-organizations = Search organisations
admin-organization-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
admin-to-search = To the search
admin-services = Services
admin-actions = Actions
admin-organization-details = Organisation details
role-coordinator = Coordination
role-editor = Editing
role-counsellor = Counselling

service-edit-title = Edit service
service-section-what = What
service-section-contact = Contact
service-section-access = Cost and access
field-name = Name
field-alternate-name = Short name
field-description = Description
field-status = Status
field-phone = Phone
field-url = Website
field-fees = Cost (description)
field-application = How to get help
field-eligibility = Eligibility
field-role = Role
required = Required
status-active = active
status-inactive = paused
hours-hint = One line per weekday and time period. Empty lines are ignored.
hours-opens = from
hours-closes = to
hours-mode = Format
hours-note = Note
save = Save
saved = Saved. The search will show the change within a second.
form-has-errors = Please check the marked fields. Nothing was saved.
field-required = Please fill this in.
field-too-long = Too long.
field-one-line = Please use a single line.
field-control-chars = Contains control characters that are not allowed.
field-email-invalid = Not a valid email address.
field-url-invalid = Please enter an address that starts with https://.
field-phone-invalid = Please use only digits, spaces and + - / ( ).
field-choice-invalid = This choice does not exist.
field-invalid = This value does not fit the exchange format (HSDS).
field-time-invalid = Please enter a time such as 09:30.
field-time-order = The end must be after the start.
field-too-many = Too many lines.
field-organization-required = Please choose an organisation (for the Editing and Counselling roles).
label-district = District / independent city

freshness-title = Freshness
freshness-intro = { $count ->
    [one] { $count } entry has not been confirmed for more than six months.
   *[other] { $count } entries have not been confirmed for more than six months.
}
freshness-by-organization = By organisation
freshness-by-district = By district
freshness-entries = Entries
freshness-verified = Last confirmed
freshness-state = Status
freshness-current = up to date
freshness-due = reminder due
freshness-outdated = possibly out of date
freshness-no-district = statewide / no location
confirm-still-correct = Still correct

invitations-title = Invitations
invitation-send = Send invitation
invitation-mail-lang = Language of the e-mails
invitation-mail-lang-hint = The invitation and later e-mails come in this language, with the German text below.
invitation-sent = Invitation sent to
invitation-organization-hint = For the Editing and Counselling roles: the organisation the person works for.
accounts-title = Accounts
account-access = Access
role-remove = Remove role
account-disable = Disable
account-enable = Enable
account-disabled = Disabled
error-own-account = You cannot remove your own account or coordinator role here.
org-editors-title = Who edits this organisation

audit-title = Audit log
audit-actor = Person (email)
audit-entity = Type
audit-entity-service = Service
audit-entity-organization = Organisation
audit-entity-account = Account
audit-entity-id = ID
audit-from = from
audit-to = to
audit-when = When
audit-what = What
audit-changes = Changes
audit-empty = No entries.

outbox-title = Outbox
outbox-new-link = Make a link to pass on
outbox-new-link-hint = The link is not kept in the database. A new one replaces the one before.
outbox-link-not-yours = A password reset link is shown only to the person it belongs to.
outbox-link-gone = This link has been used or has expired.
outbox-intro = No SMTP server is set up: emails are stored here instead of being sent.
outbox-empty = No emails.
outbox-to = To

mail-reset-subject = beratungsnetz: new password
mail-reset-body = Hello,

    You (or someone else) asked for a new password for beratungsnetz. Use this link to set it; it is valid for one hour:

    { $link }

    If you did not ask for this, you can ignore this email.
mail-invite-subject = Invitation to beratungsnetz
mail-invite-body = Hello,

    { $inviter } invites you to beratungsnetz, the directory of the counselling network, in the role: { $role }.

    Use this link to accept the invitation and set your password. It is valid for seven days:

    { $link }
mail-reminder-subject = Please check: entries of { $organization }
mail-reminder-body = Hello,

    These entries of { $organization } have not been confirmed for more than six months. Please check them and click “Still correct”, or change whatever is no longer correct. After twelve months, the search shows them as possibly out of date.

    { $list }
    Sign in: { $url }/anmelden

location-edit-title = Edit location
location-section-address = Address
location-section-access = Accessibility
location-coordinates-hint = The position on the map is derived from the postcode.
location-access-hint = One line per feature, e.g. “Rollstuhlgerechter Zugang” (wheelchair-accessible entrance), “Aufzug vorhanden” (lift available) or “Eingang nur über Stufen” (entrance only via steps). From these lines, the search recognises “accessible”.
access-description = Feature
access-details = Details
field-street = Street and house number
field-postal-code = Postcode
field-city = Town
field-plz-unknown = This postcode does not exist.
back-to-organization = Back to the organisation
admin-locations = Locations
admin-new-service = New service
admin-new-location = New location
admin-new-organization = Add a new organisation
admin-create = Create
field-locations = Locations where the service takes place
error-name-required = Please enter a name (at most 200 characters). Nothing was created.

account-title = My account
account-totp = Second factor
account-totp-is-on = Signing in requires a code from your authenticator app in addition to the password.
account-totp-is-off = Signing in requires only the password. With a second factor, a code from an authenticator app (e.g. FreeOTP, Aegis, Google Authenticator) gives your account extra protection.
account-totp-start = Set up second factor
account-totp-scan = Scan this QR code with your authenticator app and enter the code it shows.
account-totp-qr = QR code for the authenticator app
account-totp-manual = Or type in this key:
account-totp-confirm = Set up
account-totp-off = Turn off second factor
account-totp-on-now = The second factor is set up.
account-totp-off-now = The second factor is turned off.
account-password = Change password
account-current-password = Current password
account-wrong-password = The current password is not correct. Nothing was changed.
field-code = Code from the app (6 digits)
login-code-title = Enter code
login-code-intro = Your account is protected with a second factor. Enter the code from your authenticator app.
login-code-wrong = The code is not correct. Please enter the current code.

vocabulary-title = Vocabulary
vocabulary-intro = Needs, kinds of service and target groups with their labels in seven languages. The search understands every word assigned to a term here, in every language – even for entries without keywords of their own. Added words take effect immediately on all servers.
vocabulary-term = Term
vocabulary-labels = Labels
vocabulary-words = Search words
vocabulary-word = New search word
vocabulary-word-hint = A word or short phrase in any language, as people seeking advice type it (at most 60 characters).
vocabulary-add = Add search word
vocabulary-remove = Remove
vocabulary-builtin = { $count ->
    [one] { $count } built-in search word
   *[other] { $count } built-in search words
}
audit-entity-location = Location
audit-entity-vocabulary = Vocabulary

account-totp-already-on = The second factor is already set up. Switch it off with your password first to set it up again.
account-mail-lang = Language of your e-mails
account-lang-saved = Saved: your e-mails now come in this language, with the German text beneath.
account-lang-unknown = Please choose one of the languages offered.
reset-done-title = Password saved
reset-done-sign-in = Your new password is saved. Please sign in – with the code from your authenticator app.
status-defunct = discontinued
status-temporarily-closed = temporarily closed
error-signed-out = Please sign in.
account-first-name = First name
account-first-name-hint = How you appear on the timeline of referrals, beside your organisation. Leave empty: only the organisation.
account-first-name-saved = Saved.
account-first-name-invalid = At most 40 characters, please, and no control characters.
