## Labels of search facets and filters (JSON API). Every language has the same keys.

label-flag-free = kostenlos
label-flag-barrier_free = barrierefrei
label-flag-statewide = landesweit
label-mode-in_person = vor Ort
label-mode-phone = am Telefon
label-mode-video = per Video

## Languages a service is offered in (ISO 639 codes)
label-language-de = Deutsch
label-language-en = Englisch
label-language-fr = Französisch
label-language-es = Spanisch
label-language-it = Italienisch
label-language-pt = Portugiesisch
label-language-pl = Polnisch
label-language-ro = Rumänisch
label-language-bg = Bulgarisch
label-language-hu = Ungarisch
label-language-el = Griechisch
label-language-sq = Albanisch
label-language-sr = Serbisch
label-language-hr = Kroatisch
label-language-bs = Bosnisch
label-language-tr = Türkisch
label-language-ku = Kurdisch
label-language-ar = Arabisch
label-language-fa = Persisch (Farsi, Dari)
label-language-ps = Paschtu
label-language-ur = Urdu
label-language-ti = Tigrinya
label-language-am = Amharisch
label-language-so = Somali
label-language-uk = Ukrainisch
label-language-ru = Russisch
label-language-vi = Vietnamesisch
label-language-zh = Chinesisch
label-language-gsg = Deutsche Gebärdensprache
