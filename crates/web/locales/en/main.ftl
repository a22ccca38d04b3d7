## Page frame
site-name = beratungsnetz
skip-link = Skip to content
language-name = English
language-nav-label = Language
credit-postcodes = Postcodes: GeoNames, CC BY 4.0
credit-data-model = Data model: Human Services Data Specification (Open Referral), CC BY-SA 4.0

## Home page: directory of counselling services
home-title = Counselling services in Saxony-Anhalt
home-intro = Find counselling services in Saxony-Anhalt: who helps, with what, and where.
services-total =
    { $count ->
        [one] { $count } service
       *[other] { $count } services
    }
services-empty = No services have been listed yet.
page-empty = There are no entries on this page.
back-to-first-page = Go to the first page
label-organization = Provider
label-town = Town
service-unnamed = Unnamed service
sample-data-note = Please note: these entries are sample data. They do not describe real services.
sample-data-badge = Sample data

## Paging
pagination-label = Pages
pagination-previous = Previous
pagination-next = Next
pagination-previous-label = Previous, page { $page }
pagination-next-label = Next, page { $page }
pagination-status = Page { $page } of { $pages }

## Error pages
error-not-found-title = Page not found
error-not-found = This page does not exist.
error-bad-request-title = Invalid request
error-bad-request = The address contains an invalid value.
error-internal-title = Something went wrong
error-internal = Please try again later.
error-home-link = Go to the home page
