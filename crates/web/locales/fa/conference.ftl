# همایش تخصصی سالانه (⁦Fachtag⁩): برنامهٔ عمومی، فایل‌های دانلودی و صفحه‌های هماهنگ‌کنندگان.
conference-nav = همایش تخصصی
conference-list-title = ⁦Fachtag⁩ (همایش تخصصی سالانهٔ شبکه)
conference-list-intro = سالی یک بار مشاورهٔ مهاجرت با خدمات تخصصی ایالت گرد هم می‌آید: سخنرانی‌ها، میزگردها و کارگاه‌هایی که در آن‌ها رابط‌های همکاری تدوین می‌شوند.
conference-none = هنوز هیچ همایش تخصصی‌ای ایجاد نشده است.
conference-german-note = برنامه به زبان آلمانی است. هنگام ثبت‌نام می‌توانید مترجم شفاهی درخواست کنید.
conference-programme = برنامه
conference-no-sessions = هنوز هیچ بخشی در برنامه نیست.
conference-parallel = هم‌زمان، برای انتخاب:
conference-places = { $count ->
    [one] { $count } جا
   *[other] { $count } جا
}
conference-rooms = سالن‌ها و دسترسی بدون مانع
conference-room = سالن
conference-capacity = تعداد جا
conference-access = دسترسی
conference-step-free = بدون پله قابل دسترسی است
conference-not-step-free = بدون پله قابل دسترسی نیست
conference-exports = دانلود برنامه
conference-ics = فایل تقویم (⁦.ics⁩) با همهٔ بخش‌های برنامه
conference-frab-xml = برنامه برای اپ‌های همایش (⁦frab-XML⁩)
conference-frab-json = برنامه برای اپ‌های همایش (⁦frab-JSON⁩)
conference-kind = نوع
conference-kind-talk = سخنرانی
conference-kind-panel = میزگرد
conference-kind-workshop = کارگاه
conference-kind-break = استراحت
conference-time = زمان
conference-admin-title = برنامه‌ریزی همایش تخصصی
conference-admin-intro = همایش تخصصی یک سال را ایجاد کنید – خالی یا به‌صورت رونوشتی از یک همایش پیشین با سالن‌ها و برنامه‌اش – و سالن‌ها و بخش‌های برنامه را به‌روز نگه دارید.
conference-public = عمومی
conference-new = ایجاد همایش تخصصی جدید
conference-form-errors = لطفاً فیلدهای علامت‌خورده را بررسی کنید.
conference-copy-from = رونوشت سالن‌ها و برنامه از
conference-copy-none = هیچ‌کدام (شروع با همایش خالی)
conference-create = ایجاد همایش تخصصی
conference-field-year = سال
conference-field-title = عنوان
conference-field-day = تاریخ
conference-field-venue = محل برگزاری
conference-field-address = نشانی
conference-field-description = توضیحات
conference-field-capacity = مجموع جاها (0: فقط ظرفیت سالن‌ها محدودش می‌کند)
conference-field-registration-until = مهلت ثبت‌نام
conference-field-consent = متن رضایت‌نامهٔ ثبت‌نام
conference-field-offer-hours = چند ساعت یک جای آزادشده پیشنهادشده باقی می‌ماند
conference-field-delete-after-days = چند روز پس از همایش تخصصی اطلاعات شرکت‌کنندگان حذف می‌شود
conference-field-starts = شروع
conference-field-ends = پایان
conference-field-speakers = ارائه‌دهندگان
conference-speakers-hint = هر سطر یک نفر، به این ترتیب: نام ⁦;⁩ سمت ⁦;⁩ سازمان. نام را می‌توان خالی گذاشت.
conference-field-places = تعداد جا در کارگاه
conference-places-hint = خالی بگذارید: به اندازهٔ ظرفیت سالن.
conference-sessions = بخش‌های برنامه
conference-rooms-first = لطفاً ابتدا یک سالن ایجاد کنید.
conference-new-session = بخش جدید برنامه
conference-edit-session = ویرایش بخش برنامه
conference-delete-session = حذف بخش برنامه
conference-room-name = نام سالن
conference-room-capacity = تعداد جا در سالن
conference-room-notes = نکته‌هایی دربارهٔ دسترسی
conference-save-room = ذخیرهٔ سالن
conference-new-room = سالن جدید
conference-add-room = افزودن سالن
conference-event = اطلاعات همایش تخصصی
conference-save = ذخیره
conference-clash-with = در همان سالن و در همان زمان:
conference-conflict = برای این سال از قبل یک همایش تخصصی وجود دارد، یا کسی همین حالا آن را تغییر داده است. لطفاً صفحه را دوباره بارگذاری کنید.
conference-error-required = لطفاً این فیلد را پر کنید.
conference-error-too-long = این متن خیلی طولانی است.
conference-error-control = این متن شامل نویسه‌های کنترلی غیرمجاز است.
conference-error-number = لطفاً یک عدد صحیح در محدودهٔ مجاز وارد کنید.
conference-error-date = لطفاً یک تاریخ وارد کنید (⁦YYYY-MM-DD⁩).
conference-error-year = لطفاً سالی بین 2000 و 2100 وارد کنید.
conference-error-deadline = مهلت ثبت‌نام بعد از همایش تخصصی است.
conference-error-kind = لطفاً یک نوع انتخاب کنید.
conference-error-room = لطفاً یکی از سالن‌های این همایش تخصصی را انتخاب کنید.
conference-error-time = لطفاً یک ساعت وارد کنید (⁦HH:MM⁩).
conference-error-ends = پایان بعد از شروع نیست.
conference-error-speakers = لطفاً حداکثر دوازده ارائه‌دهنده وارد کنید، هر سطر یک نفر: نام ⁦;⁩ سمت ⁦;⁩ سازمان.
conference-error-clash = در این سالن در همین زمان برنامهٔ دیگری برگزار می‌شود.
conference-register-link = رفتن به ثبت‌نام
conference-register-title = ثبت‌نام
conference-closed = ثبت‌نام بسته است.
conference-deadline = مهلت ثبت‌نام: { $date }
conference-places-left = { $count ->
    [one] { $count } جای خالی باقی مانده است
   *[other] { $count } جای خالی باقی مانده است
}
conference-full = همهٔ جاها پر شده است. نام شما در فهرست انتظار قرار می‌گیرد؛ اگر جایی آزاد شود، آن را از طریق ایمیل به شما پیشنهاد می‌دهیم.
conference-you = اطلاعات شما
conference-field-name = نام
conference-field-email = نشانی ایمیل
conference-field-organisation = سازمان
conference-field-postcode = کد پستی سازمان
conference-postcode-hint = اختیاری. فقط شهرستان به‌صورت ناشناس در آمار همایش تخصصی وارد می‌شود.
conference-field-role = سمت
conference-colleagues = ثبت‌نام همکاران همراه با خودتان
conference-colleagues-hint = کسانی که با هم ثبت‌نام شده‌اند، با هم جا می‌گیرند یا با هم در انتظار می‌مانند. هر نفر ایمیل جداگانه‌ای با پیوند شخصی خود دریافت می‌کند.
conference-colleague = نفر { $number }
conference-workshops = کارگاه‌ها
conference-no-workshop = بدون کارگاه
conference-workshop-full = تکمیل، فهرست انتظار
conference-questions = پرسش‌هایی دربارهٔ شرکت
conference-field-dietary = غذا: حساسیت‌ها یا خواسته‌ها
conference-field-accessibility = دسترسی بدون مانع: آنچه نیاز دارید
conference-field-interpreting = ترجمهٔ شفاهی: به چه زبانی
conference-consent-heading = رضایت
conference-consent-agree = متن را خوانده‌ام و رضایت می‌دهم.
conference-register = ثبت‌نام قطعی
conference-registered-already = این نشانی ایمیل از قبل برای این همایش تخصصی ثبت‌نام شده است. از طریق پیوندی که در ایمیلتان است به ثبت‌نام خود دسترسی دارید.
conference-error-email = لطفاً یک نشانی ایمیل معتبر وارد کنید.
conference-error-email-twice = این نشانی از قبل در همین ثبت‌نام هست.
conference-error-postcode = این کد پستی را نمی‌شناسیم.
conference-error-workshop = لطفاً یکی از کارگاه‌های این زمان را انتخاب کنید.
conference-error-consent = بدون رضایت شما نمی‌توانیم ثبت‌نامتان کنیم.
conference-personal-title = ثبت‌نام شما
conference-thanks = سپاسگزاریم! ایمیلی با همین پیوند شخصی برایتان فرستادیم. آن را نگه دارید: با این پیوند اطلاعات خود را تغییر می‌دهید یا ثبت‌نامتان را لغو می‌کنید.
conference-state-confirmed = جا قطعی است
conference-state-waiting = فهرست انتظار
conference-state-offered = جا پیشنهاد شده است
conference-state-cancelled = لغوشده
conference-state-expired = پیشنهاد منقضی شده است
conference-state-confirmed-text = شما در همایش تخصصی جا دارید.
conference-state-waiting-text = نام شما در فهرست انتظار است. اگر جایی آزاد شود، آن را از طریق ایمیل به شما پیشنهاد می‌دهیم.
conference-state-offered-text = جایی برای شما آزاد شده است. لطفاً پیش از پایان مهلت، آن را از طریق پیوند موجود در ایمیل بپذیرید.
conference-state-cancelled-text = شما ثبت‌نام خود را لغو کرده‌اید. جای شما به نفر بعدی در فهرست انتظار رسید.
conference-state-expired-text = مهلت پیشنهاد جا به پایان رسیده است. تا زمانی که ثبت‌نام باز است، می‌توانید دوباره ثبت‌نام کنید.
conference-ahead = { $count ->
    [0] هیچ‌کس پیش از شما در انتظار نیست.
    [one] پیش از شما { $count } نفر در انتظار است.
   *[other] پیش از شما { $count } نفر در انتظارند.
}
conference-checkin-code = کد ورود شما
conference-checkin-hint = این کد را روز همایش تخصصی هنگام ورود نشان دهید، روی تلفن یا به‌صورت چاپی.
conference-my-calendar = برنامهٔ شما به‌صورت فایل تقویم (⁦.ics⁩)
conference-my-workshops = کارگاه‌های شما
conference-change = تغییر اطلاعات و کارگاه‌ها
conference-cancel = لغو ثبت‌نام
conference-cancel-hint = اگر نمی‌توانید بیایید، لطفاً ثبت‌نام خود را لغو کنید تا جای شما به کسی از فهرست انتظار برسد.
conference-cancelled-already = این ثبت‌نام از قبل لغو شده است.
conference-offer-title = یک جا آزاد شده است
conference-offer-intro = اینکه کدام جا و تا چه زمانی به شما پیشنهاد شده، در ایمیل آمده است. آیا آن را می‌پذیرید؟
conference-offer-accept = پذیرفتن جا
conference-offer-decline = نپذیرفتن
conference-offer-accepted = این جا از آنِ شماست. کد ورود خود را از طریق پیوند شخصی ثبت‌نامتان می‌یابید.
conference-offer-declined = شما پیشنهاد را نپذیرفتید. جا به نفر بعدی در فهرست انتظار می‌رسد.
conference-offer-unknown = این پیوند ناشناخته است یا قبلاً استفاده شده است.
conference-offer-expired = مهلت این پیشنهاد به پایان رسیده است؛ جا به نفر بعدی رسید.
mail-conference-confirmed-subject = ثبت‌نام شما در همایش تخصصی { $year }: جا قطعی است
mail-conference-confirmed-body = { $name } گرامی،

    ثبت‌نام شما انجام شد: { $event }، { $date }، { $venue }.

    با پیوند شخصی خود کد ورودتان را می‌بینید، اطلاعات و کارگاه‌هایتان را تغییر می‌دهید یا ثبت‌نامتان را لغو می‌کنید:
    { $url }

    برنامه به‌صورت فایل تقویم پیوست شده است.
mail-conference-waiting-subject = ثبت‌نام شما در همایش تخصصی { $year }: فهرست انتظار
mail-conference-waiting-body = { $name } گرامی،

    همهٔ جاهای { $event } ({ $date }، { $venue }) پر شده است. نام شما در فهرست انتظار است. اگر جایی آزاد شود، آن را از طریق ایمیل به شما پیشنهاد می‌دهیم.

    با پیوند شخصی خود می‌بینید در کجای فهرست هستید، یا ثبت‌نامتان را لغو می‌کنید:
    { $url }
mail-conference-offer-subject = همایش تخصصی { $year }: جایی برای شما آزاد شده است
mail-conference-offer-body = { $name } گرامی،

    جایی برای شما آزاد شده است: { $what }.

    لطفاً آن را تا { $until } بپذیرید، وگرنه به نفر بعدی در فهرست انتظار می‌رسد:
    { $url }
conference-checkin-title = ورود
conference-checkin-intro = کد را از روی کد ⁦QR⁩ اسکن کنید یا تایپ کنید. هر کد دقیقاً یک نفر را فقط یک بار وارد می‌کند. اگر شبکه کوتاه‌مدت قطع شود، صفحه کدها را نگه می‌دارد و به‌محض برقراری دوبارهٔ اتصال آن‌ها را می‌فرستد.
conference-checkin-code-label = کد
conference-checkin-submit = اجازهٔ ورود
conference-checkin-camera = اسکن با دوربین
conference-checkin-admitted = خوش آمدید: { $name } ({ $organisation })
conference-checkin-already = این کد قبلاً ساعت { $time } استفاده شده است.
conference-checkin-unknown = این کد برای این همایش تخصصی وجود ندارد، یا این فرد جا ندارد.
conference-checkin-queued = اتصال برقرار نیست: کد نگه داشته شد و به‌محض برقراری دوبارهٔ شبکه فرستاده می‌شود.
conference-checkin-pending = هنوز فرستاده نشده: %n
conference-checkin-all = کل همایش تخصصی
conference-arrived = حاضرشدگان
conference-deletion-on = اطلاعات شرکت‌کنندگان در { $date } حذف می‌شود؛ آمار ناشناس باقی می‌ماند.
conference-attendees-csv = فهرست شرکت‌کنندگان (⁦CSV⁩)
conference-error-grade = لطفاً نمره‌ای از 1 تا 5 انتخاب کنید.
conference-downloads = فهرست‌ها
conference-attendees-xlsx = شرکت‌کنندگان و کارگاه‌ها (⁦XLSX⁩)
conference-workshops-csv = فهرست‌های کارگاه‌ها (⁦CSV⁩)
conference-after-title = پس از همایش تخصصی
conference-certificate-download = گواهی شرکت (⁦PDF⁩)
conference-certificate-title = گواهی شرکت
conference-certificate-intro = { $name } ({ $organisation }) در تاریخ { $date } در { $event } در { $venue } شرکت کرده است. مجموع بخش‌هایی از برنامه که در آن‌ها حضور داشته، { $hours } ساعت کامل (هر ساعت 60 دقیقه) است.
conference-certificate-attended = بخش‌هایی از برنامه که در آن‌ها حضور داشته است
conference-certificate-time = زمان
conference-certificate-session = بخش برنامه
conference-certificate-hours = ساعت کامل (هر ساعت 60 دقیقه)
conference-certificate-check = بررسی اصالت
conference-certificate-check-text = این گواهی بدون امضا معتبر است. اصالت آن را می‌توان در صفحهٔ راستی‌آزمایی با کد راستی‌آزمایی تأیید کرد.
conference-certificate-code = کد راستی‌آزمایی
conference-certificate-check-page = صفحهٔ راستی‌آزمایی
conference-certificate-footer = گواهی شرکت · { $event } · صادرشده در { $issued }
conference-certificate-check-title = بررسی گواهی شرکت
conference-certificate-check-intro = کد راستی‌آزمایی روی گواهی را وارد کنید. نشان می‌دهیم گواهی برای چه کسی، برای کدام همایش تخصصی و برای چند ساعت صادر شده است.
conference-certificate-check-submit = بررسی
conference-certificate-valid = این گواهی اصل و معتبر است.
conference-certificate-event = رویداد
conference-certificate-date = تاریخ
conference-certificate-name-deleted = اطلاعات شرکت‌کنندگان این همایش تخصصی در این فاصله حذف شده است؛ به همین دلیل نام دیگر نشان داده نمی‌شود.
conference-certificate-unknown = برای این کد راستی‌آزمایی هیچ گواهی‌ای وجود ندارد. لطفاً درستی نگارش کد را بررسی کنید.
conference-feedback-title = بازخورد
conference-feedback-intro = همایش تخصصی برای شما چطور بود؟ بازخورد شما به برنامه‌ریزی همایش بعدی کمک می‌کند.
conference-feedback-give = بازخورد بدهید
conference-feedback-thanks = از بازخورد شما سپاسگزاریم.
conference-feedback-given = شما قبلاً بازخورد داده‌اید.
conference-feedback-overall = همایش تخصصی در مجموع چطور بود؟
conference-feedback-overall-short = نمرهٔ کلی
conference-feedback-useful = برای کار شما چقدر مفید بود؟
conference-feedback-comment = چه چیزی خوب بود و چه چیزی باید تغییر کند؟
conference-feedback-wishes = چه موضوع‌ها و رابط‌های همکاری‌ای را برای سال آینده می‌خواهید؟
conference-feedback-anonymous = بازخورد شما بدون نامتان ذخیره می‌شود؛ هیچ‌کس نمی‌تواند آن را به شما نسبت دهد.
conference-feedback-submit = ارسال بازخورد
conference-feedback-count = { $count ->
    [0] هنوز هیچ بازخوردی نرسیده است.
    [one] { $count } بازخورد
   *[other] { $count } بازخورد
}
conference-feedback-average = میانگین
conference-feedback-grade = نمره
conference-grade-1 = 1 – ضعیف
conference-grade-2 = 2 – نسبتاً ضعیف
conference-grade-3 = 3 – متوسط
conference-grade-4 = 4 – خوب
conference-grade-5 = 5 – خیلی خوب
conference-evaluation-title = ارزیابی
conference-evaluation-intro = آمار ناشناس همهٔ سال‌ها و بازخوردهای این همایش تخصصی. این آمار پس از حذف اطلاعات شرکت‌کنندگان باقی می‌ماند.
conference-figures-years = آمار هر سال
conference-figures-registered = ثبت‌نام‌شده
conference-figures-confirmed = با جای قطعی
conference-figures-cancelled = لغوشده
conference-figures-attended = شرکت‌کرده
conference-figures-organisations = سازمان‌ها
conference-figures-districts = شهرستان‌ها
conference-figures-feedback = بازخوردها
conference-figures-from = ثبت‌نام‌کنندگان از کجا آمده بودند
conference-figures-none = اطلاعاتی دربارهٔ محل وجود ندارد.
conference-figures-district = شهرستان یا شهر مستقل
conference-figures-count = تعداد
mail-conference-reminder-subject = یادآوری: همایش تخصصی { $year } در { $date }
mail-conference-reminder-body = { $name } گرامی،

    چیزی نمانده است: { $event }، { $date }، { $venue }، { $address }.

    کارگاه‌های شما:
    { $workshops }

    کد ورود شما: { $code }
    کد ⁦QR⁩ مربوط به آن را در پیوند شخصی‌تان در ایمیل تأیید می‌بینید. برنامهٔ شما به‌صورت فایل تقویم پیوست شده است.

    اگر نمی‌توانید بیایید، لطفاً از طریق همان پیوند ثبت‌نام خود را لغو کنید تا جای شما به کسی از فهرست انتظار برسد.
mail-conference-reminder-no-workshops = هیچ‌کدام
conference-error-sheet = لطفاً فقط برگه‌های رابط را از فهرست انتخاب کنید.
conference-results-title = نتایج کارگاه
conference-results-intro = آنچه کارگاه تدوین کرده است: یادداشت‌ها، فایل‌ها (صورت‌جلسه، عکس‌های تابلوهای یادداشت، ارائه‌ها) و برگه‌های رابطی که بازنگری کرده است. همهٔ این‌ها پس از آن به‌صورت عمومی در برنامه، زیر همان کارگاه نشان داده می‌شود.
conference-results-notes = یادداشت‌ها
conference-results-sheets = برگه‌های رابط بازنگری‌شده
conference-results-files = فایل‌ها
conference-results-no-files = هنوز هیچ فایلی نیست.
conference-results-delete-file = حذف فایل
conference-results-file = بارگذاری فایل
conference-results-file-hint = ⁦PDF⁩، ⁦PNG⁩، ⁦JPEG⁩ یا سند ⁦Office⁩، حداکثر
conference-results-file-most = تعداد فایل‌ها برای هر کارگاه حداکثر
conference-results-upload = بارگذاری
conference-results-revised = برگه‌های رابط بازنگری‌شده:
conference-results-worked-out = تدوین‌شده در همایش تخصصی
conference-file-empty = لطفاً یک فایل انتخاب کنید.
conference-file-too-large = فایل خیلی بزرگ است.
conference-file-kind = این نوع فایل را نمی‌پذیریم: لطفاً از ⁦PDF⁩، ⁦PNG⁩، ⁦JPEG⁩ یا یک سند ⁦Office⁩ استفاده کنید.
conference-file-too-many = این کارگاه به حداکثر تعداد فایل رسیده است. لطفاً ابتدا یکی را حذف کنید.
conference-too-many = در یک ساعت گذشته ثبت‌نام‌های بسیار زیادی از اتصال شما انجام شده است. لطفاً بعداً دوباره تلاش کنید.
mail-conference-accepted-subject = همایش تخصصی { $year }: جای شما قطعی است
mail-conference-accepted-body = { $name } گرامی،

    شما جای آزادشده را پذیرفتید: { $what }.

    { $event }، { $date }، { $venue }.
    کد ورود شما: { $code }
    کد ⁦QR⁩ مربوط به آن را در پیوند شخصی‌تان در نخستین ایمیل می‌بینید؛ آنجا همچنین می‌توانید اطلاعات خود را تغییر دهید یا ثبت‌نامتان را لغو کنید. برنامهٔ شما به‌صورت فایل تقویم پیوست شده است.
