## Labels of search facets and filters (JSON API). Every language has the same keys.

label-flag-free = free of charge
label-flag-barrier_free = accessible
label-flag-statewide = statewide
label-mode-in_person = in person
label-mode-phone = by phone
label-mode-video = by video

## Languages a service is offered in (ISO 639 codes)
label-language-de = German
label-language-en = English
label-language-fr = French
label-language-es = Spanish
label-language-it = Italian
label-language-pt = Portuguese
label-language-pl = Polish
label-language-ro = Romanian
label-language-bg = Bulgarian
label-language-hu = Hungarian
label-language-el = Greek
label-language-sq = Albanian
label-language-sr = Serbian
label-language-hr = Croatian
label-language-bs = Bosnian
label-language-tr = Turkish
label-language-ku = Kurdish
label-language-ar = Arabic
label-language-fa = Persian (Farsi, Dari)
label-language-ps = Pashto
label-language-ur = Urdu
label-language-ti = Tigrinya
label-language-am = Amharic
label-language-so = Somali
label-language-uk = Ukrainian
label-language-ru = Russian
label-language-vi = Vietnamese
label-language-zh = Chinese
label-language-gsg = German Sign Language
