# Signed-in area (/verwaltung), sign-in, invitations, password reset, e-mails.

error-refused-title = امکان‌پذیر نیست
error-csrf = مهلت فرم به پایان رسیده یا فرم از این صفحه ارسال نشده است. لطفاً صفحه را دوباره بارگذاری کنید و فرم را دوباره بفرستید. هیچ تغییری اعمال نشد.
error-form-too-large = فرم بیش از حد بزرگ است (حداکثر ⁦64 KB⁩). هیچ تغییری اعمال نشد.
error-form-type = لطفاً فرم را از طریق همین صفحه بفرستید. هیچ تغییری اعمال نشد.
error-not-yours = این مورد متعلق به سازمان دیگری است. شما فقط می‌توانید موارد سازمان خودتان را ویرایش کنید. هیچ تغییری اعمال نشد.
error-coordinators-only = این صفحه فقط مخصوص تیم هماهنگی شبکه است.
error-edit-conflict = شخص دیگری در این فاصله این مورد را تغییر داده است. لطفاً صفحه را دوباره بارگذاری کنید و تغییر خود را دوباره وارد کنید. هیچ تغییری اعمال نشد.

login-title = ورود
login-intro = برای سازمان‌ها، مشاوران و تیم هماهنگی شبکه.
login-submit = ورود
login-forgot = رمز عبور را فراموش کرده‌اید؟
login-failed = نشانی ایمیل یا رمز عبور درست نیست.
login-locked = تلاش‌های ناموفق بیش از حد بوده است. لطفاً 15 دقیقه صبر کنید یا رمز عبور خود را بازنشانی کنید.
sign-out = خروج
field-email = نشانی ایمیل
field-password = رمز عبور
field-new-password = رمز عبور جدید
field-password-repeat = تکرار رمز عبور
password-rule = دست‌کم 10 نویسه. جمله‌ای که بتوانید به خاطر بسپارید، رمز عبور خوبی است.
password-save = ذخیرهٔ رمز عبور
password-too-short = رمز عبور خیلی کوتاه است: دست‌کم 10 نویسه.
password-too-long = رمز عبور خیلی طولانی است: حداکثر 256 نویسه.
password-mismatch = دو رمز عبور با هم یکسان نیستند.

forgot-title = فراموشی رمز عبور
forgot-intro = نشانی ایمیل خود را وارد کنید. اگر حسابی با این نشانی وجود داشته باشد، پیوندی برای تعیین رمز عبور جدید برایتان می‌فرستیم. این پیوند یک ساعت اعتبار دارد.
forgot-submit = ارسال پیوند
reset-sent-title = ایمیل در راه است
reset-sent = اگر حسابی با این نشانی وجود داشته باشد، ایمیلی حاوی یک پیوند در راه است. این پیوند یک ساعت اعتبار دارد.
reset-title = رمز عبور جدید
reset-intro = رمز عبور جدید برای

invite-title = پذیرفتن دعوت
invite-intro = شما با این نشانی دعوت شده‌اید:
invite-existing-account = شما از قبل حساب دارید. دعوت را بپذیرید و مثل همیشه وارد شوید.
invite-accept = پذیرفتن دعوت
invite-accepted-title = دعوت پذیرفته شد
invite-accepted = نقش جدید به حساب شما افزوده شد. لطفاً وارد شوید.

token-unknown-title = پیوند نامعتبر
token-unknown = این پیوند برای ما شناخته‌شده نیست. لطفاً بررسی کنید که به‌طور کامل کپی شده باشد.
token-expired-title = پیوند منقضی شده است
token-expired = اعتبار این پیوند به پایان رسیده است. لطفاً پیوند جدیدی درخواست کنید.
token-used-title = پیوند قبلاً استفاده شده است
token-used = این پیوند قبلاً استفاده شده است. وارد شوید یا پیوند جدیدی درخواست کنید.

admin-nav-label = مدیریت
admin-home = مدیریت
admin-roles = نقش‌های شما
admin-no-roles = هنوز هیچ
admin-own-organizations = سازمان‌های شما
admin-all-organizations = همهٔ سازمان‌ها
admin-filter-organizations = جستجوی سازمان
admin-organization-count = { $count ->
    [one] { $count } سازمان
   *[other] { $count } سازمان
}
admin-to-search = به جستجو
admin-services = خدمات
admin-actions = عملیات
admin-organization-details = اطلاعات سازمان
role-coordinator = هماهنگی
role-editor = ویرایش
role-counsellor = مشاوره

service-edit-title = ویرایش خدمت
service-section-what = چه چیزی
service-section-contact = تماس
service-section-access = هزینه و دسترسی
field-name = نام
field-alternate-name = نام کوتاه
field-description = توضیحات
field-status = وضعیت
field-phone = تلفن
field-url = وب‌سایت
field-fees = هزینه (توضیح)
field-application = راه دریافت کمک
field-eligibility = شرایط
field-role = نقش
required = الزامی
status-active = فعال
status-inactive = موقتاً غیرفعال
hours-hint = برای هر روز هفته و هر بازهٔ زمانی یک سطر. سطرهای خالی نادیده گرفته می‌شوند.
hours-opens = از
hours-closes = تا
hours-mode = شیوه
hours-note = توضیح
save = ذخیره
saved = ذخیره شد. جستجو تا یک ثانیهٔ دیگر تغییر را نشان می‌دهد.
form-has-errors = لطفاً فیلدهای علامت‌خورده را بررسی کنید. چیزی ذخیره نشد.
field-required = لطفاً این فیلد را پر کنید.
field-too-long = خیلی طولانی است.
field-one-line = لطفاً در یک سطر بنویسید.
field-control-chars = شامل نویسه‌های کنترلی غیرمجاز است.
field-email-invalid = نشانی ایمیل معتبر نیست.
field-url-invalid = لطفاً نشانی‌ای وارد کنید که با ⁦https://⁩ شروع شود.
field-phone-invalid = لطفاً فقط رقم، فاصله و ⁦+ - / ( )⁩ وارد کنید.
field-choice-invalid = چنین گزینه‌ای وجود ندارد.
field-invalid = این مقدار با قالب تبادل داده (⁦HSDS⁩) سازگار نیست.
field-time-invalid = لطفاً ساعتی مانند ⁦09:30⁩ وارد کنید.
field-time-order = پایان باید بعد از شروع باشد.
field-too-many = تعداد سطرها بیش از حد است.
field-organization-required = لطفاً یک سازمان انتخاب کنید (برای نقش‌های ویرایش و مشاوره).
label-district = شهرستان / شهر مستقل

freshness-title = به‌روز بودن
freshness-intro = { $count ->
    [one] { $count } مورد بیش از شش ماه است که تأیید نشده است.
   *[other] { $count } مورد بیش از شش ماه است که تأیید نشده‌اند.
}
freshness-by-organization = بر اساس سازمان
freshness-by-district = بر اساس شهرستان
freshness-entries = موارد
freshness-verified = آخرین تأیید
freshness-state = وضعیت
freshness-current = به‌روز
freshness-due = زمان یادآوری
freshness-outdated = احتمالاً قدیمی
freshness-no-district = سراسر ایالت / بدون مکان
confirm-still-correct = هنوز درست است

invitations-title = دعوت‌ها
invitation-send = ارسال دعوت
invitation-mail-lang = زبان ایمیل‌ها
invitation-mail-lang-hint = دعوت‌نامه و ایمیل‌های بعدی به این زبان می‌آیند، با متن آلمانی در زیر آن.
invitation-sent = دعوت فرستاده شد به
invitation-organization-hint = برای نقش‌های ویرایش و مشاوره: سازمانی که فرد برای آن کار می‌کند.
accounts-title = حساب‌ها
account-access = دسترسی
role-remove = پس گرفتن نقش
account-disable = مسدود کردن
account-enable = رفع مسدودی
account-disabled = مسدود
error-own-account = حساب خودتان یا نقش هماهنگی خودتان را اینجا نمی‌توانید پس بگیرید.
org-editors-title = چه کسانی اطلاعات این نهاد را ویرایش می‌کنند

audit-title = گزارش تغییرات
audit-actor = شخص (ایمیل)
audit-entity = نوع
audit-entity-service = خدمت
audit-entity-organization = سازمان
audit-entity-account = حساب
audit-entity-id = شناسه
audit-from = از
audit-to = تا
audit-when = چه زمانی
audit-what = چه چیزی
audit-changes = تغییرات
audit-empty = موردی نیست.

outbox-title = صندوق خروجی
outbox-new-link = ساختن پیوند برای فرستادن
outbox-new-link-hint = پیوند در پایگاه داده نگه داشته نمی‌شود. پیوند تازه جای پیوند قبلی را می‌گیرد.
outbox-link-not-yours = پیوند بازنشانی گذرواژه فقط به صاحب آن نشان داده می‌شود.
outbox-link-gone = این پیوند استفاده شده یا منقضی شده است.
outbox-intro = هیچ سرور ⁦SMTP⁩ تنظیم نشده است: ایمیل‌ها به‌جای ارسال، اینجا نگه داشته می‌شوند.
outbox-empty = ایمیلی نیست.
outbox-to = گیرنده

mail-reset-subject = رمز عبور جدید برای ⁦beratungsnetz⁩
mail-reset-body = با سلام،

    شما (یا شخص دیگری) برای ⁦beratungsnetz⁩ رمز عبور جدید درخواست کرده‌اید. با این پیوند می‌توانید آن را تعیین کنید؛ این پیوند یک ساعت اعتبار دارد:

    { $link }

    اگر چیزی درخواست نکرده‌اید، می‌توانید این ایمیل را نادیده بگیرید.
mail-invite-subject = دعوت به ⁦beratungsnetz⁩
mail-invite-body = با سلام،

    ⁦{ $inviter }⁩ شما را با نقش «{ $role }» به ⁦beratungsnetz⁩، فهرست خدمات شبکهٔ مشاوره، دعوت می‌کند.

    با این پیوند دعوت را می‌پذیرید و رمز عبور خود را تعیین می‌کنید. این پیوند هفت روز اعتبار دارد:

    { $link }
mail-reminder-subject = لطفاً بررسی کنید: موارد ⁦{ $organization }⁩
mail-reminder-body = با سلام،

    این موارد از ⁦{ $organization }⁩ بیش از شش ماه است که تأیید نشده‌اند. لطفاً آن‌ها را بررسی کنید و روی «هنوز درست است» کلیک کنید یا آنچه را دیگر درست نیست تغییر دهید. پس از دوازده ماه، جستجو آن‌ها را «احتمالاً قدیمی» نشان می‌دهد.

    { $list }
    ورود: { $url }/anmelden

location-edit-title = ویرایش مکان
location-section-address = نشانی
location-section-access = دسترسی‌پذیری
location-coordinates-hint = موقعیت روی نقشه از روی کد پستی تعیین می‌شود.
location-access-hint = برای هر ویژگی یک سطر، مثلاً «⁦Rollstuhlgerechter Zugang⁩» (ورودی مناسب ویلچر)، «⁦Aufzug vorhanden⁩» (آسانسور دارد) یا «⁦Eingang nur über Stufen⁩» (ورود فقط از راه پله). جستجو از روی این سطرها ویژگی «دسترسی بدون مانع» را تشخیص می‌دهد.
access-description = ویژگی
access-details = جزئیات
field-street = خیابان و پلاک
field-postal-code = کد پستی
field-city = شهر
field-plz-unknown = چنین کد پستی‌ای وجود ندارد.
back-to-organization = بازگشت به سازمان
admin-locations = مکان‌ها
admin-new-service = خدمت جدید
admin-new-location = مکان جدید
admin-new-organization = افزودن سازمان جدید
admin-create = ایجاد
field-locations = مکان‌هایی که خدمت در آن‌ها ارائه می‌شود
error-name-required = لطفاً یک نام وارد کنید (حداکثر 200 نویسه). چیزی ایجاد نشد.

account-title = حساب من
account-totp = عامل دوم احراز هویت
account-totp-is-on = برای ورود، علاوه بر رمز عبور، کدی از برنامهٔ احراز هویت شما لازم است.
account-totp-is-off = برای ورود فقط رمز عبور لازم است. با عامل دوم احراز هویت، کدی از یک برنامهٔ احراز هویت (مثلاً ⁦FreeOTP⁩، ⁦Aegis⁩، ⁦Google Authenticator⁩) از حساب شما بیشتر محافظت می‌کند.
account-totp-start = راه‌اندازی عامل دوم احراز هویت
account-totp-scan = این کد ⁦QR⁩ را با برنامهٔ احراز هویت خود اسکن کنید و کدی را که نشان داده می‌شود وارد کنید.
account-totp-qr = کد ⁦QR⁩ برای برنامهٔ احراز هویت
account-totp-manual = یا این کلید را تایپ کنید:
account-totp-confirm = راه‌اندازی
account-totp-off = خاموش کردن عامل دوم احراز هویت
account-totp-on-now = عامل دوم احراز هویت راه‌اندازی شد.
account-totp-off-now = عامل دوم احراز هویت خاموش شد.
account-password = تغییر رمز عبور
account-current-password = رمز عبور فعلی
account-wrong-password = رمز عبور فعلی درست نیست. هیچ تغییری اعمال نشد.
field-code = کد برنامه (6 رقم)
login-code-title = وارد کردن کد
login-code-intro = حساب شما با عامل دوم احراز هویت محافظت می‌شود. کد برنامهٔ احراز هویت خود را وارد کنید.
login-code-wrong = کد درست نیست. لطفاً کد فعلی را وارد کنید.

vocabulary-title = واژگان
vocabulary-intro = نیازها، انواع خدمات و گروه‌های هدف با عنوان‌هایشان به هفت زبان. جستجو هر واژه‌ای را که اینجا به یک اصطلاح نسبت داده شده است، به هر زبانی می‌فهمد – حتی برای مواردی که کلیدواژه‌های خودشان را ندارند. واژه‌های افزوده‌شده بی‌درنگ روی همهٔ سرورها اعمال می‌شوند.
vocabulary-term = اصطلاح
vocabulary-labels = عنوان‌ها
vocabulary-words = واژه‌های جستجو
vocabulary-word = واژهٔ جستجوی جدید
vocabulary-word-hint = یک واژه یا عبارت کوتاه به هر زبانی، همان‌طور که جویندگان مشاوره آن را تایپ می‌کنند (حداکثر 60 نویسه).
vocabulary-add = افزودن واژهٔ جستجو
vocabulary-remove = حذف
vocabulary-builtin = { $count ->
    [one] { $count } واژهٔ جستجوی از پیش تعریف‌شده
   *[other] { $count } واژهٔ جستجوی از پیش تعریف‌شده
}
audit-entity-location = مکان
audit-entity-vocabulary = واژگان

account-totp-already-on = عامل دوم احراز هویت از قبل راه‌اندازی شده است. برای راه‌اندازی دوباره، ابتدا آن را با رمز عبور خود خاموش کنید.
account-mail-lang = زبان ایمیل‌های شما
account-lang-saved = ذخیره شد: ایمیل‌های شما از این پس به این زبان می‌آیند، همراه با متن آلمانی در زیر آن.
account-lang-unknown = لطفاً یکی از زبان‌های پیشنهادشده را انتخاب کنید.
reset-done-title = رمز عبور ذخیره شد
reset-done-sign-in = رمز عبور جدید شما ذخیره شد. لطفاً وارد شوید – با کد برنامهٔ احراز هویت.
status-defunct = پایان‌یافته
status-temporarily-closed = موقتاً بسته
error-signed-out = لطفاً وارد شوید.
account-first-name = نام کوچک
account-first-name-hint = در روند ارجاع‌ها این‌گونه، در کنار سازمانتان، نشان داده می‌شوید. اگر خالی بگذارید: فقط نام سازمان.
account-first-name-saved = ذخیره شد.
account-first-name-invalid = لطفاً حداکثر 40 نویسه، بدون نویسه‌های کنترلی.
