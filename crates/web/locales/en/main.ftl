## frame
site-name = beratungsnetz
skip-link = Skip to content
language-name = English
language-nav-label = Language
credit-postcodes = Postcodes: GeoNames, CC BY 4.0
credit-data-model = Data model: Human Services Data Specification (Open Referral), CC BY-SA 4.0

## home
home-title = Counselling services in Saxony-Anhalt
home-intro = Find counselling services in Saxony-Anhalt: who helps, with what, and where.
services-total =
    { $count ->
        [one] { $count } service
       *[other] { $count } services
    }
services-empty = No services have been entered yet.
page-empty = There are no entries on this page.
back-to-first-page = To the first page
label-organization = Organisation
label-town = Town
service-unnamed = Unnamed service
sample-data-note = Note: these entries are sample data. They do not describe real services.
sample-data-badge = Sample data
search-q-label = What do you need?
search-q-hint = For example: debts, pregnancy, residence
search-near-label = Where? (postcode or town)
search-near-me = Near me
search-submit = Search
search-form-label = Search
browse-title = Help by topic

## results
results-title = Search results
results-count =
    { $count ->
        [one] { $count } service found
       *[other] { $count } services found
    }
results-none = No services found. Try other words, a larger radius or fewer filters.
place-unknown = We did not find the place “{ $place }”. Showing services without a place.
place-did-you-mean = Did you mean:
offers-title = Other ways to find help
offer-wider = Search within { $radius } km ({ $count } found)
offer-without-words = Without the search words, same filters ({ $count } found)
offer-remote = Counselling by phone or video, from anywhere ({ $count } found)
offer-migration = General migration counselling nearby – they can help further ({ $count } found)
results-understood = Searched for:
filters-title = Filters
filters-active = Filters chosen:
filter-remove = Remove filter
filters-reset = Reset all filters
filter-any-of = Several ticks: any one of them is enough. The number says how many services there are for it.
filter-apply = Apply filters
filter-need = Help with
filter-kind = Kind of service
filter-target = For whom
filter-language = Language of counselling
filter-district = District or city
filter-flags = Features
filter-mode = Way of counselling
filter-open-now = Open now
filter-radius = Radius in kilometres
filter-sort = Sort by
sort-relevance = Best match
sort-distance = Distance
sort-name = Name
label-distance = Distance
label-languages = Languages
label-cost = Cost
cost-free = free of charge
cost-paid = with a fee
text-in-german = Text in German

## detail
detail-what = What is offered
detail-for-whom = For whom
detail-needs = Help with
detail-kinds = Kind of service
detail-hours = Opening hours
hours-day = Day
hours-time = Time
hours-none = No opening hours given. Please call.
hours-opens-next = Closed now – opens { $day } at { $time }
hours-of-building = This service gives no times of its own: these are the opening hours of the building. Please call first.
hours-of-building-short = hours of the building
weekday-mo = Monday
weekday-tu = Tuesday
weekday-we = Wednesday
weekday-th = Thursday
weekday-fr = Friday
weekday-sa = Saturday
weekday-su = Sunday
detail-address = Address
map-app = Open in map app
map-osm = View on OpenStreetMap
detail-phone = Phone
detail-accessibility = Accessibility
accessibility-yes = step-free access
accessibility-unknown = Not stated
detail-verified = Last checked
detail-statewide = For all of Saxony-Anhalt
handout-link = Print handout
handout-title = Handout
handout-date = As of:
handout-print = Print
handout-appointment = Appointment:
handout-intro = These services can help you. Call them or go there.
handout-print-hint = To print: open the browser menu, then “Print” (or Ctrl+P).
handout-results-link = Print a handout of these results
back-to-results = New search

## organization and region
org-services = Services of this organisation
org-website = Website
region-title = Help in { $name }
home-regions = Help in your district
home-all-services = all services from A to Z
region-more = More help in { $name }
org-contact = Address and contact
label-email = E-mail
region-search = Search in this region
region-covered = Help here with
region-missing = No service here yet for
region-missing-hint = For these, statewide services, counselling by phone or the migration counselling can help further.

## errors
error-not-found-title = Page not found
error-not-found = This page does not exist.
error-bad-request-title = Invalid request
error-bad-request = The address contains an invalid value.
error-bad-param = Invalid value in the field “{ $param }”.
error-internal-title = An error occurred
error-internal = Please try again later.
error-home-link = To the home page

## paging
pagination-label = Pages
pagination-previous = Previous
pagination-next = Next
pagination-previous-label = Previous: page { $page }
pagination-next-label = Next: page { $page }
pagination-status = Page { $page } of { $pages }
possibly-outdated = Information may be out of date
handout-pdf = Download as PDF
map-show = Show map
map-hide = Hide map
