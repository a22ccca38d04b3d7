## frame
site-name = beratungsnetz
skip-link = انتقل إلى المحتوى
language-name = العربية
language-nav-label = اللغة
credit-postcodes = الرموز البريدية: ⁦GeoNames⁩، ⁦CC BY 4.0⁩
credit-data-model = نموذج البيانات: ⁦Human Services Data Specification (Open Referral)⁩، ⁦CC BY-SA 4.0⁩

## home
home-title = خدمات الاستشارة في ولاية ساكسونيا أنهالت
home-intro = هنا يمكنك العثور على خدمات الاستشارة في ساكسونيا أنهالت: من يساعد، وبماذا، وأين.
services-total =
    { $count ->
        [zero] لا توجد أي خدمة
        [one] خدمة واحدة
        [two] خدمتان
        [few] { $count } خدمات
        [many] { $count } خدمة
       *[other] { $count } خدمة
    }
services-empty = لم تُسجَّل أي خدمات بعد.
page-empty = لا توجد إدخالات في هذه الصفحة.
back-to-first-page = إلى الصفحة الأولى
label-organization = الجهة المسؤولة
label-town = المدينة
service-unnamed = خدمة بلا اسم
sample-data-note = ملاحظة: هذه الإدخالات بيانات تجريبية ولا تصف خدمات حقيقية.
sample-data-badge = بيانات تجريبية
search-q-label = بماذا يمكننا مساعدتك؟
search-q-hint = مثلاً: ديون، حمل، إقامة
search-near-label = أين؟ (الرمز البريدي أو المدينة)
search-near-me = بالقرب مني
search-submit = بحث
search-form-label = البحث
browse-title = المساعدة حسب الموضوع

## results
results-title = نتائج البحث
results-count =
    { $count ->
        [zero] لم يتم العثور على أي خدمة
        [one] تم العثور على خدمة واحدة
        [two] تم العثور على خدمتين
        [few] تم العثور على { $count } خدمات
        [many] تم العثور على { $count } خدمة
       *[other] تم العثور على { $count } خدمة
    }
results-none = لم يتم العثور على أي خدمة. يمكنك تجربة كلمات أخرى أو نطاق أوسع أو عدد أقل من عوامل التصفية.
place-unknown = لم نجد المكان «{ $place }». نعرض الخدمات دون تحديد مكان.
place-did-you-mean = هل المقصود:
offers-title = طرق أخرى للعثور على المساعدة
offer-wider = البحث في نطاق { $radius } كم ({ $count })
offer-without-words = بدون كلمات البحث، بنفس عوامل التصفية ({ $count })
offer-remote = استشارة عبر الهاتف أو الفيديو من أي مكان ({ $count })
offer-migration = استشارة الهجرة العامة بالقرب منك – يمكنهم مساعدتك ({ $count })
results-understood = تم البحث عن:
filters-title = عوامل التصفية
filters-active = عوامل التصفية المختارة:
filter-remove = إزالة عامل التصفية
filters-reset = إعادة ضبط كل عوامل التصفية
filter-any-of = عند اختيار أكثر من خيار يكفي أحدها. يبيّن الرقم عدد الخدمات المتاحة له.
filter-apply = تطبيق عوامل التصفية
filter-need = المساعدة في
filter-kind = نوع الخدمة
filter-target = لمن
filter-language = لغة الاستشارة
filter-district = المقاطعة أو المدينة
filter-flags = الميزات
filter-mode = طريقة الاستشارة
filter-open-now = مفتوح الآن
filter-radius = النطاق بالكيلومترات
filter-sort = الترتيب
sort-relevance = الأكثر ملاءمة
sort-distance = المسافة
sort-name = الاسم
label-distance = المسافة
label-languages = اللغات
label-cost = التكلفة
cost-free = مجاني
cost-paid = بتكلفة
text-in-german = النص باللغة الألمانية

## detail
detail-what = ما نقدمه
detail-for-whom = لمن
detail-needs = المساعدة في
detail-kinds = نوع الخدمة
detail-hours = أوقات العمل
hours-day = اليوم
hours-time = الوقت
hours-none = لا توجد أوقات عمل محددة. يرجى الاتصال.
hours-opens-next = مغلق الآن – يفتح يوم { $day } الساعة { $time }
hours-of-building = لا توجد مواعيد خاصة بهذه الخدمة: هذه مواعيد عمل المبنى. يُرجى الاتصال أولاً.
hours-of-building-short = مواعيد المبنى
weekday-mo = الاثنين
weekday-tu = الثلاثاء
weekday-we = الأربعاء
weekday-th = الخميس
weekday-fr = الجمعة
weekday-sa = السبت
weekday-su = الأحد
detail-address = العنوان
map-app = فتح في تطبيق الخرائط
map-osm = عرض على ⁦OpenStreetMap⁩
detail-phone = الهاتف
detail-accessibility = سهولة الوصول
accessibility-yes = مدخل خالٍ من العوائق
accessibility-unknown = لا توجد معلومات
detail-verified = آخر تحقق
detail-statewide = لكامل ولاية ساكسونيا أنهالت
handout-link = طباعة ورقة المعلومات
handout-title = ورقة معلومات
handout-date = بتاريخ:
handout-print = طباعة
handout-appointment = الموعد:
handout-intro = يمكن لهذه الخدمات مساعدتك. يمكنك الاتصال بها أو زيارتها.
handout-print-hint = للطباعة: قائمة المتصفح، ثم «طباعة» (أو ⁦Ctrl+P⁩).
handout-results-link = طباعة ورقة معلومات لهذه النتائج
back-to-results = بحث جديد

## organization and region
org-services = خدمات هذه الجهة
org-website = الموقع الإلكتروني
region-title = المساعدة في { $name }
home-regions = المساعدة في منطقتك
home-all-services = كل الخدمات أبجديًا
region-more = مساعدة أخرى في منطقة { $name }
org-contact = العنوان والتواصل
label-email = البريد الإلكتروني
region-search = البحث في هذه المنطقة
region-covered = تتوفر هنا مساعدة في
region-missing = لا توجد هنا خدمة بعد لـ
region-missing-hint = لهذه المواضيع تساعد الخدمات على مستوى الولاية أو الاستشارة الهاتفية أو استشارة الهجرة.

## errors
error-not-found-title = الصفحة غير موجودة
error-not-found = هذه الصفحة غير موجودة.
error-bad-request-title = طلب غير صالح
error-bad-request = يحتوي العنوان على قيمة غير صالحة.
error-bad-param = قيمة غير صالحة في الحقل «{ $param }».
error-internal-title = حدث خطأ
error-internal = يرجى المحاولة مرة أخرى لاحقًا.
error-home-link = إلى الصفحة الرئيسية

## paging
pagination-label = الصفحات
pagination-previous = السابق
pagination-next = التالي
pagination-previous-label = السابق: الصفحة { $page }
pagination-next-label = التالي: الصفحة { $page }
pagination-status = الصفحة { $page } من { $pages }
possibly-outdated = قد تكون المعلومات قديمة
handout-pdf = تنزيل بصيغة ⁦PDF⁩
map-show = عرض الخريطة
map-hide = إخفاء الخريطة
