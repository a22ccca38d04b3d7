## Labels of search facets and filters (JSON API). Every language has the same keys.

label-flag-free = ücretsiz
label-flag-barrier_free = engelsiz erişim
label-flag-statewide = eyalet genelinde
label-mode-in_person = yüz yüze
label-mode-phone = telefonla
label-mode-video = görüntülü

## Languages a service is offered in (ISO 639 codes)
label-language-de = Almanca
label-language-en = İngilizce
label-language-fr = Fransızca
label-language-es = İspanyolca
label-language-it = İtalyanca
label-language-pt = Portekizce
label-language-pl = Lehçe
label-language-ro = Rumence
label-language-bg = Bulgarca
label-language-hu = Macarca
label-language-el = Yunanca
label-language-sq = Arnavutça
label-language-sr = Sırpça
label-language-hr = Hırvatça
label-language-bs = Boşnakça
label-language-tr = Türkçe
label-language-ku = Kürtçe
label-language-ar = Arapça
label-language-fa = Farsça (Dari)
label-language-ps = Peştuca
label-language-ur = Urduca
label-language-ti = Tigrinya dili
label-language-am = Amharca
label-language-so = Somalice
label-language-uk = Ukraynaca
label-language-ru = Rusça
label-language-vi = Vietnamca
label-language-zh = Çince
label-language-gsg = Alman İşaret Dili
