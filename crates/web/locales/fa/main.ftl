## frame
site-name = beratungsnetz
skip-link = رفتن به محتوا
language-name = فارسی
language-nav-label = زبان
credit-postcodes = کدهای پستی: ⁦GeoNames⁩، ⁦CC BY 4.0⁩
credit-data-model = مدل داده: ⁦Human Services Data Specification (Open Referral)⁩، ⁦CC BY-SA 4.0⁩

## home
home-title = خدمات مشاوره در زاکسن-آنهالت
home-intro = اینجا خدمات مشاوره در زاکسن-آنهالت را پیدا می‌کنید: چه کسی، در چه موردی و کجا کمک می‌کند.
services-total =
    { $count ->
       *[other] { $count } خدمت
    }
services-empty = هنوز هیچ خدمتی ثبت نشده است.
page-empty = در این صفحه موردی نیست.
back-to-first-page = به صفحهٔ اول
label-organization = سازمان
label-town = شهر
service-unnamed = خدمت بدون نام
sample-data-note = توجه: این موارد داده‌های نمونه‌اند و خدمات واقعی را توصیف نمی‌کنند.
sample-data-badge = داده نمونه
search-q-label = به چه چیزی نیاز دارید؟
search-q-hint = برای مثال: بدهی، بارداری، اقامت
search-near-label = کجا؟ (کد پستی یا شهر)
search-near-me = نزدیک من
search-submit = جستجو
search-form-label = جستجو
browse-title = کمک بر اساس موضوع

## results
results-title = نتایج جستجو
results-count =
    { $count ->
       *[other] { $count } خدمت پیدا شد
    }
results-none = خدمتی پیدا نشد. واژه‌های دیگر، شعاع بزرگ‌تر یا فیلترهای کمتر را امتحان کنید.
place-unknown = مکان «{ $place }» را پیدا نکردیم. خدمات را بدون مکان نشان می‌دهیم.
place-did-you-mean = منظورتان این بود:
offers-title = راه‌های دیگر برای یافتن کمک
offer-wider = جستجو در شعاع { $radius } کیلومتر ({ $count })
offer-without-words = بدون واژه‌های جستجو، با همان فیلترها ({ $count })
offer-remote = مشاوره تلفنی یا تصویری، از هر جا ({ $count })
offer-migration = مشاوره عمومی مهاجرت در نزدیکی – آن‌ها راهنمایی می‌کنند ({ $count })
results-understood = جستجو برای:
filters-title = فیلترها
filters-active = فیلترهای انتخاب‌شده:
filter-remove = حذف فیلتر
filters-reset = حذف همه فیلترها
filter-any-of = اگر چند گزینه را انتخاب کنید، یکی از آن‌ها کافی است. عدد نشان می‌دهد چند خدمت برای آن هست.
filter-apply = اعمال فیلترها
filter-need = کمک در زمینهٔ
filter-kind = نوع خدمت
filter-target = برای چه کسانی
filter-language = زبان مشاوره
filter-district = شهرستان یا شهر
filter-flags = ویژگی‌ها
filter-mode = شیوهٔ مشاوره
filter-open-now = اکنون باز است
filter-radius = شعاع به کیلومتر
filter-sort = مرتب‌سازی
sort-relevance = بهترین تطابق
sort-distance = فاصله
sort-name = نام
label-distance = فاصله
label-languages = زبان‌ها
label-cost = هزینه
cost-free = رایگان
cost-paid = با هزینه
text-in-german = متن به زبان آلمانی

## detail
detail-what = آنچه ارائه می‌شود
detail-for-whom = برای چه کسانی
detail-needs = کمک در زمینهٔ
detail-kinds = نوع خدمت
detail-hours = ساعات کاری
hours-day = روز
hours-time = ساعت
hours-none = ساعات کاری ذکر نشده است. لطفاً تماس بگیرید.
hours-opens-next = اکنون بسته است – { $day } ساعت { $time } باز می‌شود
hours-of-building = این خدمت ساعت‌های جداگانه‌ای اعلام نکرده است: این‌ها ساعت‌های کاری ساختمان است. لطفاً اول تماس بگیرید.
hours-of-building-short = ساعت‌های ساختمان
weekday-mo = دوشنبه
weekday-tu = سه‌شنبه
weekday-we = چهارشنبه
weekday-th = پنجشنبه
weekday-fr = جمعه
weekday-sa = شنبه
weekday-su = یکشنبه
detail-address = نشانی
map-app = باز کردن در برنامهٔ نقشه
map-osm = مشاهده در ⁦OpenStreetMap⁩
detail-phone = تلفن
detail-accessibility = دسترسی‌پذیری
accessibility-yes = دسترسی بدون مانع
accessibility-unknown = اطلاعاتی نیست
detail-verified = آخرین بررسی
detail-statewide = برای سراسر زاکسن-آنهالت
handout-link = چاپ برگهٔ اطلاعات
handout-title = برگهٔ اطلاعات
handout-date = تاریخ:
handout-print = چاپ
handout-appointment = وقت ملاقات:
handout-intro = این خدمات می‌توانند به شما کمک کنند. تماس بگیرید یا مراجعه کنید.
handout-print-hint = برای چاپ: منوی مرورگر، سپس «چاپ» (یا ⁦Ctrl+P⁩).
handout-results-link = چاپ برگهٔ اطلاعات برای این نتایج
back-to-results = جستجوی جدید

## organization and region
org-services = خدمات این سازمان
org-website = وب‌سایت
region-title = کمک در { $name }
home-regions = کمک در منطقه شما
home-all-services = همه خدمات به ترتیب الفبا
region-more = کمک‌های بیشتر در منطقه { $name }
org-contact = نشانی و تماس
label-email = ایمیل
region-search = جستجو در این منطقه
region-covered = در اینجا کمک برای
region-missing = هنوز در اینجا خدمتی نیست برای
region-missing-hint = برای این موارد، خدمات سراسری ایالت، مشاوره تلفنی یا مشاوره مهاجرت کمک می‌کنند.

## errors
error-not-found-title = صفحه پیدا نشد
error-not-found = این صفحه وجود ندارد.
error-bad-request-title = درخواست نامعتبر
error-bad-request = نشانی شامل مقداری نامعتبر است.
error-bad-param = مقدار نامعتبر در فیلد «{ $param }».
error-internal-title = خطایی رخ داد
error-internal = لطفاً بعداً دوباره امتحان کنید.
error-home-link = به صفحهٔ اصلی

## paging
pagination-label = صفحه‌ها
pagination-previous = قبلی
pagination-next = بعدی
pagination-previous-label = قبلی: صفحهٔ { $page }
pagination-next-label = بعدی: صفحهٔ { $page }
pagination-status = صفحهٔ { $page } از { $pages }
possibly-outdated = ممکن است اطلاعات قدیمی باشد
handout-pdf = دانلود به صورت ⁦PDF⁩
map-show = نمایش نقشه
map-hide = پنهان کردن نقشه
