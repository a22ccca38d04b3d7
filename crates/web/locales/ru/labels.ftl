## Labels of search facets and filters (JSON API). Every language has the same keys.

label-flag-free = бесплатно
label-flag-barrier_free = без барьеров
label-flag-statewide = по всей земле
label-mode-in_person = лично
label-mode-phone = по телефону
label-mode-video = по видеосвязи

## Languages a service is offered in (ISO 639 codes)
label-language-de = Немецкий
label-language-en = Английский
label-language-fr = Французский
label-language-es = Испанский
label-language-it = Итальянский
label-language-pt = Португальский
label-language-pl = Польский
label-language-ro = Румынский
label-language-bg = Болгарский
label-language-hu = Венгерский
label-language-el = Греческий
label-language-sq = Албанский
label-language-sr = Сербский
label-language-hr = Хорватский
label-language-bs = Боснийский
label-language-tr = Турецкий
label-language-ku = Курдский
label-language-ar = Арабский
label-language-fa = Персидский (фарси, дари)
label-language-ps = Пушту
label-language-ur = Урду
label-language-ti = Тигринья
label-language-am = Амхарский
label-language-so = Сомалийский
label-language-uk = Украинский
label-language-ru = Русский
label-language-vi = Вьетнамский
label-language-zh = Китайский
label-language-gsg = Немецкий жестовый язык
