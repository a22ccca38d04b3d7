## Labels of search facets and filters (JSON API). Every language has the same keys.

label-flag-free = رایگان
label-flag-barrier_free = بدون مانع برای معلولان
label-flag-statewide = در سراسر ایالت
label-mode-in_person = حضوری
label-mode-phone = تلفنی
label-mode-video = تصویری

## Languages a service is offered in (ISO 639 codes)
label-language-de = آلمانی
label-language-en = انگلیسی
label-language-fr = فرانسوی
label-language-es = اسپانیایی
label-language-it = ایتالیایی
label-language-pt = پرتغالی
label-language-pl = لهستانی
label-language-ro = رومانیایی
label-language-bg = بلغاری
label-language-hu = مجاری
label-language-el = یونانی
label-language-sq = آلبانیایی
label-language-sr = صربی
label-language-hr = کرواتی
label-language-bs = بوسنیایی
label-language-tr = ترکی
label-language-ku = کردی
label-language-ar = عربی
label-language-fa = فارسی (دری)
label-language-ps = پشتو
label-language-ur = اردو
label-language-ti = تیگرینیا
label-language-am = امهری
label-language-so = سومالیایی
label-language-uk = اوکراینی
label-language-ru = روسی
label-language-vi = ویتنامی
label-language-zh = چینی
label-language-gsg = زبان اشاره آلمانی
