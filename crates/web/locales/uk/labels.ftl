## Labels of search facets and filters (JSON API). Every language has the same keys.

label-flag-free = безкоштовно
label-flag-barrier_free = без бар'єрів
label-flag-statewide = по всій землі
label-mode-in_person = особисто
label-mode-phone = телефоном
label-mode-video = відеозв'язком

## Languages a service is offered in (ISO 639 codes)
label-language-de = Німецька
label-language-en = Англійська
label-language-fr = Французька
label-language-es = Іспанська
label-language-it = Італійська
label-language-pt = Португальська
label-language-pl = Польська
label-language-ro = Румунська
label-language-bg = Болгарська
label-language-hu = Угорська
label-language-el = Грецька
label-language-sq = Албанська
label-language-sr = Сербська
label-language-hr = Хорватська
label-language-bs = Боснійська
label-language-tr = Турецька
label-language-ku = Курдська
label-language-ar = Арабська
label-language-fa = Перська (фарсі, дарі)
label-language-ps = Пушту
label-language-ur = Урду
label-language-ti = Тигринья
label-language-am = Амхарська
label-language-so = Сомалі
label-language-uk = Українська
label-language-ru = Російська
label-language-vi = В'єтнамська
label-language-zh = Китайська
label-language-gsg = Німецька жестова мова
