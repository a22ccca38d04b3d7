## Labels of search facets and filters (JSON API). Every language has the same keys.

label-flag-free = مجاني
label-flag-barrier_free = خالٍ من العوائق
label-flag-statewide = في كل الولاية
label-mode-in_person = حضوريًا
label-mode-phone = عبر الهاتف
label-mode-video = عبر الفيديو

## Languages a service is offered in (ISO 639 codes)
label-language-de = الألمانية
label-language-en = الإنجليزية
label-language-fr = الفرنسية
label-language-es = الإسبانية
label-language-it = الإيطالية
label-language-pt = البرتغالية
label-language-pl = البولندية
label-language-ro = الرومانية
label-language-bg = البلغارية
label-language-hu = المجرية
label-language-el = اليونانية
label-language-sq = الألبانية
label-language-sr = الصربية
label-language-hr = الكرواتية
label-language-bs = البوسنية
label-language-tr = التركية
label-language-ku = الكردية
label-language-ar = العربية
label-language-fa = الفارسية (فارسي، دري)
label-language-ps = البشتو
label-language-ur = الأردية
label-language-ti = التغرينية
label-language-am = الأمهرية
label-language-so = الصومالية
label-language-uk = الأوكرانية
label-language-ru = الروسية
label-language-vi = الفيتنامية
label-language-zh = الصينية
label-language-gsg = لغة الإشارة الألمانية
