# The annual Fachtag (network conference): public programme, exports and the coordinators' pages.
conference-nav = Conference day
conference-list-title = Fachtag (annual network conference)
conference-list-intro = Once a year, migration counselling meets the specialist services of the state: talks, panels and workshops that work out the interfaces where the services cooperate.
conference-none = No conference day has been set up yet.
conference-german-note = The programme is in German. You can ask for interpreting when you register.
conference-programme = Programme
conference-no-sessions = No programme items yet.
conference-parallel = At the same time, choose one:
conference-places = { $count ->
    [one] { $count } place
   *[other] { $count } places
}
conference-rooms = Rooms and accessibility
conference-room = Room
conference-capacity = Places
conference-access = Access
conference-step-free = step-free access
conference-not-step-free = no step-free access
conference-exports = Download the programme
conference-ics = Calendar file (.ics) with all programme items
conference-frab-xml = Programme for conference apps (frab-XML)
conference-frab-json = Programme for conference apps (frab-JSON)
conference-kind = Type
conference-kind-talk = Talk
conference-kind-panel = Panel discussion
conference-kind-workshop = Workshop
conference-kind-break = Break
conference-time = Time
conference-admin-title = Plan the conference day
conference-admin-intro = Set up the conference day of a year – empty or as a copy of an earlier one with its rooms and programme – and keep its rooms and programme items up to date.
conference-public = Public
conference-new = Set up a new conference day
conference-form-errors = Please check the marked fields.
conference-copy-from = Take over rooms and programme from
conference-copy-none = none (start empty)
conference-create = Set up conference day
conference-field-year = Year
conference-field-title = Title
conference-field-day = Date
conference-field-venue = Venue
conference-field-address = Address
conference-field-description = Description
conference-field-capacity = Total places (0: limited only by the rooms)
conference-field-registration-until = Registration deadline
conference-field-consent = Consent text for registration
conference-field-offer-hours = Hours a place that has become free stays on offer
conference-field-delete-after-days = Days after the conference day until participants' details are deleted
conference-field-starts = Start
conference-field-ends = End
conference-field-speakers = Contributors
conference-speakers-hint = One person per line: name; role; organisation. The name may be left out.
conference-field-places = Places in the workshop
conference-places-hint = Leave empty: as many as the room has.
conference-sessions = Programme items
conference-rooms-first = Please set up a room first.
conference-new-session = New programme item
conference-edit-session = Edit programme item
conference-delete-session = Delete programme item
conference-room-name = Name of the room
conference-room-capacity = Places in the room
conference-room-notes = Notes on access
conference-save-room = Save room
conference-new-room = New room
conference-add-room = Add room
conference-event = Conference day details
conference-save = Save
conference-clash-with = In the same room at the same time:
conference-conflict = There is already a conference day for this year, or someone has just changed it. Please reload the page.
conference-error-required = Please fill in.
conference-error-too-long = This text is too long.
conference-error-control = This text contains control characters that are not allowed.
conference-error-number = Please enter a whole number within the allowed range.
conference-error-date = Please enter a date (YYYY-MM-DD).
conference-error-year = Please enter a year between 2000 and 2100.
conference-error-deadline = The registration deadline is after the conference day.
conference-error-kind = Please choose a type.
conference-error-room = Please choose a room of this conference day.
conference-error-time = Please enter a time (HH:MM).
conference-error-ends = The end is not after the start.
conference-error-speakers = Please enter at most twelve contributors, one per line: name; role; organisation.
conference-error-clash = Something is already taking place in this room at the same time.
conference-register-link = Go to registration
conference-register-title = Registration
conference-closed = Registration is closed.
conference-deadline = Registration deadline: { $date }
conference-places-left = { $count ->
    [one] { $count } place left
   *[other] { $count } places left
}
conference-full = All places have been taken. You will go on the waiting list; if a place becomes free, we will offer it to you by email.
conference-you = Your details
conference-field-name = Name
conference-field-email = Email address
conference-field-organisation = Organisation
conference-field-postcode = Postcode of the organisation
conference-postcode-hint = Optional. Only the district goes, anonymously, into the statistics of the conference day.
conference-field-role = Role
conference-colleagues = Register colleagues as well
conference-colleagues-hint = People registered together get a place together or wait together. Each person receives their own email with their personal link.
conference-colleague = Person { $number }
conference-workshops = Workshops
conference-no-workshop = no workshop
conference-workshop-full = fully booked, waiting list
conference-questions = Questions about taking part
conference-field-dietary = Food: intolerances or wishes
conference-field-accessibility = Accessibility: what you need
conference-field-interpreting = Interpreting: which language
conference-consent-heading = Consent
conference-consent-agree = I have read the text and give my consent.
conference-register = Register (binding)
conference-registered-already = This email address is already registered for this conference day. You can reach your registration through the link in your email.
conference-error-email = Please enter a valid email address.
conference-error-email-twice = This address is already in this registration.
conference-error-postcode = We do not know this postcode.
conference-error-workshop = Please choose a workshop of this time slot.
conference-error-consent = We cannot register you without your consent.
conference-personal-title = Your registration
conference-thanks = Thank you! We have sent you an email with this personal link. Please keep it: through the link you can change your details or cancel your registration.
conference-state-confirmed = Place confirmed
conference-state-waiting = Waiting list
conference-state-offered = Place offered
conference-state-cancelled = cancelled
conference-state-expired = Offer expired
conference-state-confirmed-text = You have a place at the conference day.
conference-state-waiting-text = You are on the waiting list. If a place becomes free, we will offer it to you by email.
conference-state-offered-text = A place has become free for you. Please accept it through the link in the email before the deadline passes.
conference-state-cancelled-text = You have cancelled your registration. Your place went to the next person on the waiting list.
conference-state-expired-text = The offer of a place has expired. You can register again as long as registration is open.
conference-ahead = { $count ->
    [0] Nobody is waiting ahead of you.
    [one] { $count } person is waiting ahead of you.
   *[other] { $count } people are waiting ahead of you.
}
conference-checkin-code = Your admission code
conference-checkin-hint = Show this code at the entrance on the conference day, on your phone or printed out.
conference-my-calendar = Your programme as a calendar file (.ics)
conference-my-workshops = Your workshops
conference-change = Change details and workshops
conference-cancel = Cancel registration
conference-cancel-hint = If you cannot come, please cancel your registration so that someone from the waiting list gets your place.
conference-cancelled-already = This registration has already been cancelled.
conference-offer-title = A place is free
conference-offer-intro = The email says which place is offered to you and until when. Would you like to take it?
conference-offer-accept = Accept place
conference-offer-decline = Decline
conference-offer-accepted = The place is yours. You will find your admission code through the personal link of your registration.
conference-offer-declined = You have declined. The place goes to the next person on the waiting list.
conference-offer-unknown = This link is unknown or has already been used.
conference-offer-expired = The deadline for this offer has passed; the place went to the next person.
mail-conference-confirmed-subject = Your registration for the conference day { $year }: place confirmed
mail-conference-confirmed-body = Hello { $name },

    You are registered: { $event }, { $date }, { $venue }.

    Through your personal link you can see your admission code, change your details and workshops, or cancel your registration:
    { $url }

    The programme is attached as a calendar file.
mail-conference-waiting-subject = Your registration for the conference day { $year }: waiting list
mail-conference-waiting-body = Hello { $name },

    All places at { $event } ({ $date }, { $venue }) have been taken. You are on the waiting list. If a place becomes free, we will offer it to you by email.

    Through your personal link you can see where you stand, or cancel your registration:
    { $url }
mail-conference-offer-subject = Conference day { $year }: a place has become free for you
mail-conference-offer-body = Hello { $name },

    A place has become free for you: { $what }.

    Please accept it by { $until }; otherwise it goes to the next person on the waiting list:
    { $url }
conference-checkin-title = Admission
conference-checkin-intro = Scan the code from the QR code or type it in. Each code admits exactly one person, once. If the network drops out briefly, the page remembers the codes and sends them as soon as the connection is back.
conference-checkin-code-label = Code
conference-checkin-submit = Admit
conference-checkin-camera = Scan with the camera
conference-checkin-admitted = Welcome: { $name } ({ $organisation })
conference-checkin-already = This code was already used at { $time }.
conference-checkin-unknown = This code does not exist for this conference day, or the person does not have a place.
conference-checkin-queued = No connection: the code has been saved and will be sent as soon as the network is back.
conference-checkin-pending = Not yet sent: %n
conference-checkin-all = Whole conference day
conference-arrived = Arrived
conference-deletion-on = Participants' details will be deleted on { $date }; the anonymous figures remain.
conference-attendees-csv = Attendee list (CSV)
conference-error-grade = Please choose a rating from 1 to 5.
conference-downloads = Lists
conference-attendees-xlsx = Participants and workshops (XLSX)
conference-workshops-csv = Workshop lists (CSV)
conference-after-title = After the conference day
conference-certificate-download = Certificate of attendance (PDF)
conference-certificate-title = Certificate of attendance
conference-certificate-intro = { $name } ({ $organisation }) attended { $event } at { $venue } on { $date }. The programme items attended amount to { $hours } hours of 60 minutes.
conference-certificate-attended = Programme items attended
conference-certificate-time = Time
conference-certificate-session = Programme item
conference-certificate-hours = Hours (60 minutes each)
conference-certificate-check = Check authenticity
conference-certificate-check-text = This certificate is valid without a signature. Its authenticity can be confirmed on the verification page with the verification code.
conference-certificate-code = Verification code
conference-certificate-check-page = Verification page
conference-certificate-footer = Certificate of attendance · { $event } · issued on { $issued }
conference-certificate-check-title = Check a certificate of attendance
conference-certificate-check-intro = Enter the verification code from the certificate. We will show who it was issued to, for which conference day and for how many hours.
conference-certificate-check-submit = Check
conference-certificate-valid = This certificate is genuine.
conference-certificate-event = Event
conference-certificate-date = Date
conference-certificate-name-deleted = The details of this conference day's participants have since been deleted, so the name is no longer shown.
conference-certificate-unknown = There is no certificate for this verification code. Please check the spelling.
conference-feedback-title = Feedback
conference-feedback-intro = How was the conference day for you? Your feedback helps us plan the next one.
conference-feedback-give = Give feedback
conference-feedback-thanks = Thank you for your feedback.
conference-feedback-given = You have already given feedback.
conference-feedback-overall = How was the conference day overall?
conference-feedback-overall-short = Overall rating
conference-feedback-useful = How useful was it for your work?
conference-feedback-comment = What was good, and what should change?
conference-feedback-wishes = Which topics and interfaces between the services would you like for next year?
conference-feedback-anonymous = Your feedback is stored without your name; no one can link it to you.
conference-feedback-submit = Send feedback
conference-feedback-count = { $count ->
    [0] No feedback yet.
    [one] { $count } response
   *[other] { $count } responses
}
conference-feedback-average = Average
conference-feedback-grade = Rating
conference-grade-1 = 1 – poor
conference-grade-2 = 2 – rather poor
conference-grade-3 = 3 – average
conference-grade-4 = 4 – good
conference-grade-5 = 5 – very good
conference-evaluation-title = Evaluation
conference-evaluation-intro = Anonymous figures for all years and the feedback on this conference day. The figures remain when the participants' details are deleted.
conference-figures-years = Figures per year
conference-figures-registered = Registered
conference-figures-confirmed = With a place
conference-figures-cancelled = Cancelled
conference-figures-attended = Attended
conference-figures-organisations = Organisations
conference-figures-districts = Districts
conference-figures-feedback = Feedback
conference-figures-from = Where the registered people came from
conference-figures-none = No information on location.
conference-figures-district = District or independent city
conference-figures-count = Number
mail-conference-reminder-subject = Reminder: conference day { $year } on { $date }
mail-conference-reminder-body = Hello { $name },

    The day is almost here: { $event }, { $date }, { $venue }, { $address }.

    Your workshops:
    { $workshops }

    Your admission code: { $code }
    The personal link from your confirmation email shows the matching QR code. Your programme is attached as a calendar file.

    If you cannot come, please cancel your registration through that same link so that someone from the waiting list gets your place.
mail-conference-reminder-no-workshops = none
conference-error-sheet = Please choose only interface sheets from the list.
conference-results-title = Workshop results
conference-results-intro = What the workshop worked out: notes, files (minutes, photos of the pinboards, presentations) and the interface sheets it revised. Everything is then shown publicly in the programme under the workshop.
conference-results-notes = Notes
conference-results-sheets = Revised interface sheets
conference-results-files = Files
conference-results-no-files = No files yet.
conference-results-delete-file = Delete file
conference-results-file = Upload a file
conference-results-file-hint = PDF, PNG, JPEG or an Office document, at most
conference-results-file-most = files per workshop: at most
conference-results-upload = Upload
conference-results-revised = Revised interface sheets:
conference-results-worked-out = Worked out at the conference day
conference-file-empty = Please choose a file.
conference-file-too-large = The file is too large.
conference-file-kind = We do not accept this type of file: please use PDF, PNG, JPEG or an Office document.
conference-file-too-many = This workshop already has the maximum number of files. Please delete one first.
conference-too-many = Very many registrations came from your connection in the last hour. Please try again later.
mail-conference-accepted-subject = Conference day { $year }: your place is confirmed
mail-conference-accepted-body = Hello { $name },

    You have accepted the free place: { $what }.

    { $event }, { $date }, { $venue }.
    Your admission code: { $code }
    The personal link from your first email shows the matching QR code; there you can also change your details or cancel your registration. Your programme is attached as a calendar file.
