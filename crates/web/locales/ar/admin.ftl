# Signed-in area (/verwaltung), sign-in, invitations, password reset, e-mails.

error-refused-title = غير ممكن
error-csrf = انتهت صلاحية النموذج أو أنه لم يُرسَل من هذه الصفحة. يرجى إعادة تحميل الصفحة وإرسال النموذج مرة أخرى. لم يتم تغيير أي شيء.
error-form-too-large = النموذج كبير جدًا (الحد الأقصى ⁦64 KB⁩). لم يتم تغيير أي شيء.
error-form-type = يرجى إرسال النموذج من خلال الصفحة. لم يتم تغيير أي شيء.
error-not-yours = هذا الإدخال تابع لجهة مسؤولة أخرى. يمكنك تعديل إدخالات جهتك فقط. لم يتم تغيير أي شيء.
error-coordinators-only = هذه الصفحة مخصصة لفريق تنسيق الشبكة فقط.
error-edit-conflict = قام شخص آخر بتغيير هذا الإدخال في هذه الأثناء. يرجى إعادة تحميل الصفحة وإدخال تعديلك مرة أخرى. لم يتم تغيير أي شيء.

login-title = تسجيل الدخول
login-intro = للجهات المسؤولة والمستشارين وفريق تنسيق الشبكة.
login-submit = تسجيل الدخول
login-forgot = نسيت كلمة المرور؟
login-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
login-locked = محاولات فاشلة كثيرة جدًا. يرجى الانتظار 15 دقيقة أو إعادة تعيين كلمة المرور.
sign-out = تسجيل الخروج
field-email = البريد الإلكتروني
field-password = كلمة المرور
field-new-password = كلمة المرور الجديدة
field-password-repeat = تكرار كلمة المرور
password-rule = 10 أحرف على الأقل. الجملة التي يسهل عليك تذكّرها كلمة مرور جيدة.
password-save = حفظ كلمة المرور
password-too-short = كلمة المرور قصيرة جدًا: 10 أحرف على الأقل.
password-too-long = كلمة المرور طويلة جدًا: 256 حرفًا كحد أقصى.
password-mismatch = كلمتا المرور غير متطابقتين.

forgot-title = نسيت كلمة المرور
forgot-intro = يُرجى إدخال بريدك الإلكتروني. إذا كان هناك حساب مرتبط به، فسنرسل إليك رابطًا لتعيين كلمة مرور جديدة. الرابط صالح لمدة ساعة واحدة.
forgot-submit = إرسال الرابط
reset-sent-title = الرسالة في الطريق
reset-sent = إذا كان هناك حساب لهذا العنوان، فإن رسالة بريد إلكتروني تحتوي على رابط في طريقها إليك. الرابط صالح لمدة ساعة واحدة.
reset-title = كلمة مرور جديدة
reset-intro = كلمة مرور جديدة للحساب

invite-title = قبول الدعوة
invite-intro = تمت دعوتك بالعنوان
invite-existing-account = لديك حساب بالفعل. يُرجى قبول الدعوة ثم تسجيل الدخول كالمعتاد.
invite-accept = قبول الدعوة
invite-accepted-title = تم قبول الدعوة
invite-accepted = تمت إضافة الدور الجديد إلى حسابك. يرجى تسجيل الدخول.

token-unknown-title = رابط غير صالح
token-unknown = هذا الرابط غير معروف لدينا. يرجى التحقق من أنه نُسخ بالكامل.
token-expired-title = انتهت صلاحية الرابط
token-expired = انتهت صلاحية هذا الرابط. يرجى طلب رابط جديد.
token-used-title = الرابط مستخدم من قبل
token-used = تم استخدام هذا الرابط من قبل. يمكنك تسجيل الدخول أو طلب رابط جديد.

admin-nav-label = الإدارة
admin-home = الإدارة
admin-roles = أدوارك
admin-no-roles = لا يوجد بعد
admin-own-organizations = جهاتك المسؤولة
admin-all-organizations = جميع الجهات المسؤولة
admin-filter-organizations = البحث عن جهة مسؤولة
admin-organization-count = { $count ->
    [zero] لا توجد أي جهة مسؤولة
    [one] جهة مسؤولة واحدة
    [two] جهتان مسؤولتان
    [few] { $count } جهات مسؤولة
    [many] { $count } جهة مسؤولة
   *[other] { $count } جهة مسؤولة
}
admin-to-search = إلى البحث
admin-services = الخدمات
admin-actions = الإجراءات
admin-organization-details = بيانات الجهة المسؤولة
role-coordinator = التنسيق
role-editor = التحرير
role-counsellor = الاستشارة

service-edit-title = تعديل الخدمة
service-section-what = ماذا
service-section-contact = التواصل
service-section-access = التكلفة وطريقة الوصول
field-name = الاسم
field-alternate-name = الاسم المختصر
field-description = الوصف
field-status = الحالة
field-phone = الهاتف
field-url = الموقع الإلكتروني
field-fees = التكلفة (وصف)
field-application = طريقة الحصول على المساعدة
field-eligibility = الشروط
field-role = الدور
required = حقل إلزامي
status-active = نشطة
status-inactive = متوقفة مؤقتًا
hours-hint = سطر واحد لكل يوم من أيام الأسبوع ولكل فترة زمنية. يتم تجاهل الأسطر الفارغة.
hours-opens = من
hours-closes = إلى
hours-mode = الطريقة
hours-note = ملاحظة
save = حفظ
saved = تم الحفظ. سيظهر التغيير في البحث خلال ثانية.
form-has-errors = يرجى التحقق من الحقول المميّزة. لم يتم حفظ أي شيء.
field-required = يرجى ملء هذا الحقل.
field-too-long = طويل جدًا.
field-one-line = يرجى الكتابة في سطر واحد.
field-control-chars = يحتوي على أحرف تحكم غير مسموح بها.
field-email-invalid = عنوان بريد إلكتروني غير صالح.
field-url-invalid = يرجى إدخال عنوان يبدأ بـ ⁦https://⁩.
field-phone-invalid = يرجى استخدام الأرقام والمسافات والرموز ⁦+ - / ( )⁩ فقط.
field-choice-invalid = هذا الاختيار غير موجود.
field-invalid = هذه القيمة لا تتوافق مع صيغة تبادل البيانات (⁦HSDS⁩).
field-time-invalid = يرجى إدخال وقت مثل ⁦09:30⁩.
field-time-order = يجب أن يكون وقت الانتهاء بعد وقت البدء.
field-too-many = أسطر كثيرة جدًا.
field-organization-required = يرجى اختيار جهة مسؤولة (لدوري التحرير والاستشارة).
label-district = المقاطعة / المدينة المستقلة

freshness-title = حداثة البيانات
freshness-intro = { $count ->
    [zero] لا يوجد أي إدخال لم يُؤكَّد منذ أكثر من ستة أشهر.
    [one] إدخال واحد لم يُؤكَّد منذ أكثر من ستة أشهر.
    [two] إدخالان لم يُؤكَّدا منذ أكثر من ستة أشهر.
    [few] { $count } إدخالات لم تُؤكَّد منذ أكثر من ستة أشهر.
    [many] { $count } إدخالًا لم يُؤكَّد منذ أكثر من ستة أشهر.
   *[other] { $count } إدخال لم يُؤكَّد منذ أكثر من ستة أشهر.
}
freshness-by-organization = حسب الجهة المسؤولة
freshness-by-district = حسب المقاطعة
freshness-entries = الإدخالات
freshness-verified = آخر تأكيد
freshness-state = الحالة
freshness-current = محدَّث
freshness-due = حان وقت التذكير
freshness-outdated = ربما قديم
freshness-no-district = في كل الولاية / بلا مكان
confirm-still-correct = لا يزال صحيحًا

invitations-title = الدعوات
invitation-send = إرسال دعوة
invitation-mail-lang = لغة الرسائل الإلكترونية
invitation-mail-lang-hint = تصل الدعوة والرسائل اللاحقة بهذه اللغة، مع النص الألماني تحتها.
invitation-sent = تم إرسال الدعوة إلى
invitation-organization-hint = لدوري التحرير والاستشارة: الجهة المسؤولة التي يعمل لديها الشخص.
accounts-title = الحسابات
account-access = الوصول
role-remove = سحب الدور
account-disable = إيقاف
account-enable = إعادة التفعيل
account-disabled = موقوف
error-own-account = لا يمكنك هنا إيقاف حسابك أو سحب دور التنسيق منك.
org-editors-title = من يحرّر بيانات هذه الجهة

audit-title = سجل التغييرات
audit-actor = الشخص (البريد الإلكتروني)
audit-entity = النوع
audit-entity-service = خدمة
audit-entity-organization = جهة مسؤولة
audit-entity-account = حساب
audit-entity-id = المعرّف
audit-from = من
audit-to = إلى
audit-when = متى
audit-what = ماذا
audit-changes = التغييرات
audit-empty = لا توجد إدخالات.

outbox-title = البريد الصادر
outbox-new-link = إنشاء رابط لتمريره
outbox-new-link-hint = لا يُحفظ الرابط في قاعدة البيانات. الرابط الجديد يحلّ محل السابق.
outbox-link-not-yours = رابط إعادة تعيين كلمة المرور يظهر فقط للشخص صاحبه.
outbox-link-gone = هذا الرابط استُخدم أو انتهت صلاحيته.
outbox-intro = لم يتم إعداد خادم ⁦SMTP⁩: تُحفظ رسائل البريد الإلكتروني هنا بدلًا من إرسالها.
outbox-empty = لا توجد رسائل.
outbox-to = إلى

mail-reset-subject = كلمة مرور جديدة لـ ⁦beratungsnetz⁩
mail-reset-body = مرحبًا،

    طُلبت كلمة مرور جديدة لحسابك في ⁦beratungsnetz⁩ (منك أو من شخص آخر). يمكنك تعيينها عبر هذا الرابط، وهو صالح لمدة ساعة واحدة:

    { $link }

    إذا لم يكن الطلب منك، يمكنك تجاهل هذه الرسالة.
mail-invite-subject = دعوة إلى ⁦beratungsnetz⁩
mail-invite-body = مرحبًا،

    يدعوك ⁦{ $inviter }⁩ إلى ⁦beratungsnetz⁩، دليل شبكة الاستشارات، بالدور: { $role }.

    عبر هذا الرابط يمكنك قبول الدعوة وتعيين كلمة المرور الخاصة بك. الرابط صالح لمدة سبعة أيام:

    { $link }
mail-reminder-subject = يرجى المراجعة: إدخالات ⁦{ $organization }⁩
mail-reminder-body = مرحبًا،

    لم يتم تأكيد هذه الإدخالات الخاصة بـ ⁦{ $organization }⁩ منذ أكثر من ستة أشهر. يرجى مراجعتها والنقر على «لا يزال صحيحًا» أو تعديل ما لم يعد صحيحًا. بعد اثني عشر شهرًا سيعرضها البحث على أنها ربما قديمة.

    { $list }
    تسجيل الدخول: { $url }/anmelden

location-edit-title = تعديل المكان
location-section-address = العنوان
location-section-access = سهولة الوصول
location-coordinates-hint = يُحدَّد الموقع على الخريطة من الرمز البريدي.
location-access-hint = سطر واحد لكل ميزة، مثل «⁦Rollstuhlgerechter Zugang⁩» (مدخل مناسب للكراسي المتحركة) أو «⁦Aufzug vorhanden⁩» (يوجد مصعد) أو «⁦Eingang nur über Stufen⁩» (الدخول عبر درجات فقط). يستنتج البحث من هذه الأسطر ميزة «خالٍ من العوائق».
access-description = الميزة
access-details = التفاصيل
field-street = الشارع ورقم المبنى
field-postal-code = الرمز البريدي
field-city = المدينة
field-plz-unknown = هذا الرمز البريدي غير موجود.
back-to-organization = العودة إلى الجهة المسؤولة
admin-locations = الأماكن
admin-new-service = خدمة جديدة
admin-new-location = مكان جديد
admin-new-organization = إضافة جهة مسؤولة جديدة
admin-create = إنشاء
field-locations = الأماكن التي تُقدَّم فيها الخدمة
error-name-required = يرجى إدخال اسم (200 حرف كحد أقصى). لم يتم إنشاء أي شيء.

account-title = حسابي
account-totp = عامل التحقق الثاني
account-totp-is-on = يتطلب تسجيل الدخول، بالإضافة إلى كلمة المرور، رمزًا من تطبيق المصادقة الخاص بك.
account-totp-is-off = يتطلب تسجيل الدخول كلمة المرور فقط. مع عامل التحقق الثاني، يحمي رمزٌ من تطبيق مصادقة (مثل ⁦FreeOTP⁩ أو ⁦Aegis⁩ أو ⁦Google Authenticator⁩) حسابك بشكل إضافي.
account-totp-start = إعداد عامل التحقق الثاني
account-totp-scan = يُرجى مسح رمز ⁦QR⁩ هذا بتطبيق المصادقة الخاص بك، ثم إدخال الرمز الذي يظهر فيه.
account-totp-qr = رمز ⁦QR⁩ لتطبيق المصادقة
account-totp-manual = أو يمكنك إدخال هذا المفتاح يدويًا:
account-totp-confirm = إعداد
account-totp-off = إيقاف عامل التحقق الثاني
account-totp-on-now = تم إعداد عامل التحقق الثاني.
account-totp-off-now = تم إيقاف عامل التحقق الثاني.
account-password = تغيير كلمة المرور
account-current-password = كلمة المرور الحالية
account-wrong-password = كلمة المرور الحالية غير صحيحة. لم يتم تغيير أي شيء.
field-code = الرمز من التطبيق (6 أرقام)
login-code-title = إدخال الرمز
login-code-intro = حسابك محمي بعامل تحقق ثانٍ. يُرجى إدخال الرمز من تطبيق المصادقة الخاص بك.
login-code-wrong = الرمز غير صحيح. يرجى إدخال الرمز الحالي.

vocabulary-title = قاموس المصطلحات
vocabulary-intro = الاحتياجات وأنواع الخدمات والفئات المستهدفة مع تسمياتها بسبع لغات. يفهم البحث كل كلمة مرتبطة هنا بمصطلح، وذلك بكل لغة – حتى للإدخالات التي ليست لها كلمات مفتاحية خاصة بها. تسري الكلمات المضافة فورًا على جميع الخوادم.
vocabulary-term = المصطلح
vocabulary-labels = التسميات
vocabulary-words = كلمات البحث
vocabulary-word = كلمة بحث جديدة
vocabulary-word-hint = كلمة أو عبارة قصيرة بأي لغة، كما يكتبها طالبو الاستشارة (60 حرفًا كحد أقصى).
vocabulary-add = إضافة كلمة بحث
vocabulary-remove = إزالة
vocabulary-builtin = { $count ->
    [zero] لا توجد أي كلمة بحث مدمجة
    [one] كلمة بحث مدمجة واحدة
    [two] كلمتا بحث مدمجتان
    [few] { $count } كلمات بحث مدمجة
    [many] { $count } كلمة بحث مدمجة
   *[other] { $count } كلمة بحث مدمجة
}
audit-entity-location = مكان
audit-entity-vocabulary = قاموس المصطلحات

account-totp-already-on = عامل التحقق الثاني مُعدّ بالفعل. لإعداده من جديد، يُرجى إيقافه أولاً باستخدام كلمة المرور.
account-mail-lang = لغة رسائل بريدك الإلكتروني
account-lang-saved = تم الحفظ: ستصلك الرسائل الآن بهذه اللغة، مع النص الألماني تحتها.
account-lang-unknown = يُرجى اختيار إحدى اللغات المعروضة.
reset-done-title = تم حفظ كلمة المرور
reset-done-sign-in = تم حفظ كلمة المرور الجديدة. يرجى تسجيل الدخول – باستخدام الرمز من تطبيق المصادقة.
status-defunct = متوقفة نهائيًا
status-temporarily-closed = مغلقة مؤقتًا
error-signed-out = يرجى تسجيل الدخول.
account-first-name = الاسم الأول
account-first-name-hint = هكذا يظهر اسمك في سير الإحالات، بجانب اسم جهتك. إذا تركت الحقل فارغًا: يظهر اسم الجهة فقط.
account-first-name-saved = تم الحفظ.
account-first-name-invalid = يرجى ألا يتجاوز الاسم 40 حرفًا، ودون أحرف تحكم.
