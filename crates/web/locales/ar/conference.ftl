# الملتقى التخصصي السنوي (⁦Fachtag⁩): البرنامج العام وملفات التنزيل وصفحات التنسيق.
conference-nav = الملتقى التخصصي
conference-list-title = ⁦Fachtag⁩ (الملتقى التخصصي السنوي للشبكة)
conference-list-intro = مرة واحدة في السنة تلتقي استشارة الهجرة بالخدمات المتخصصة في الولاية: محاضرات وحلقات نقاش وورش عمل تُصاغ فيها نقاط الربط في التعاون بينها.
conference-none = لم يُنشأ أي ملتقى تخصصي بعد.
conference-german-note = البرنامج باللغة الألمانية. يمكن طلب ترجمة شفهية عند التسجيل.
conference-programme = البرنامج
conference-no-sessions = لا توجد فقرات في البرنامج بعد.
conference-parallel = في الوقت نفسه، للاختيار بينها:
conference-places = { $count ->
    [zero] لا يوجد أي مقعد
    [one] مقعد واحد
    [two] مقعدان
    [few] { $count } مقاعد
    [many] { $count } مقعدًا
   *[other] { $count } مقعد
}
conference-rooms = القاعات وإمكانية الوصول
conference-room = القاعة
conference-capacity = المقاعد
conference-access = الوصول
conference-step-free = يمكن الوصول إليها دون درجات
conference-not-step-free = لا يمكن الوصول إليها دون درجات
conference-exports = تنزيل البرنامج
conference-ics = ملف تقويم (⁦.ics⁩) بكل فقرات البرنامج
conference-frab-xml = البرنامج لتطبيقات المؤتمرات (⁦frab-XML⁩)
conference-frab-json = البرنامج لتطبيقات المؤتمرات (⁦frab-JSON⁩)
conference-kind = النوع
conference-kind-talk = محاضرة
conference-kind-panel = حلقة نقاش
conference-kind-workshop = ورشة عمل
conference-kind-break = استراحة
conference-time = الوقت
conference-admin-title = تخطيط الملتقى التخصصي
conference-admin-intro = أنشئ الملتقى التخصصي لسنة ما – فارغًا أو نسخةً من ملتقى سابق مع قاعاته وبرنامجه – وحدِّث القاعات وفقرات البرنامج.
conference-public = عام
conference-new = إنشاء ملتقى تخصصي جديد
conference-form-errors = يرجى التحقق من الحقول المميّزة.
conference-copy-from = نقل القاعات والبرنامج من
conference-copy-none = لا شيء (البدء بملتقى فارغ)
conference-create = إنشاء الملتقى التخصصي
conference-field-year = السنة
conference-field-title = العنوان
conference-field-day = التاريخ
conference-field-venue = مكان الانعقاد
conference-field-address = عنوان المكان
conference-field-description = الوصف
conference-field-capacity = مجموع المقاعد (0: لا حدّ إلا سعة القاعات)
conference-field-registration-until = آخر موعد للتسجيل
conference-field-consent = نص الموافقة عند التسجيل
conference-field-offer-hours = عدد الساعات التي يبقى فيها المقعد الذي أصبح شاغرًا معروضًا
conference-field-delete-after-days = عدد الأيام بعد الملتقى التخصصي حتى تُحذف بيانات المشاركين
conference-field-starts = البداية
conference-field-ends = النهاية
conference-field-speakers = المساهمون
conference-speakers-hint = شخص واحد في كل سطر بالترتيب: الاسم ⁦;⁩ الوظيفة ⁦;⁩ الجهة. يمكن ترك الاسم فارغًا.
conference-field-places = المقاعد في ورشة العمل
conference-places-hint = اتركه فارغًا: العدد نفسه كمقاعد القاعة.
conference-sessions = فقرات البرنامج
conference-rooms-first = يرجى إنشاء قاعة أولًا.
conference-new-session = فقرة جديدة في البرنامج
conference-edit-session = تعديل فقرة البرنامج
conference-delete-session = حذف فقرة البرنامج
conference-room-name = اسم القاعة
conference-room-capacity = عدد المقاعد في القاعة
conference-room-notes = ملاحظات حول الوصول
conference-save-room = حفظ القاعة
conference-new-room = قاعة جديدة
conference-add-room = إضافة القاعة
conference-event = بيانات الملتقى التخصصي
conference-save = حفظ
conference-clash-with = في القاعة نفسها وفي الوقت نفسه:
conference-conflict = يوجد بالفعل ملتقى تخصصي لهذه السنة، أو عدّله شخص آخر للتو. يرجى إعادة تحميل الصفحة.
conference-error-required = يرجى ملء هذا الحقل.
conference-error-too-long = هذا النص طويل جدًا.
conference-error-control = يحتوي هذا النص على أحرف تحكم غير مسموح بها.
conference-error-number = يرجى إدخال عدد صحيح ضمن النطاق المسموح به.
conference-error-date = يرجى إدخال تاريخ (⁦YYYY-MM-DD⁩).
conference-error-year = يرجى إدخال سنة بين 2000 و2100.
conference-error-deadline = آخر موعد للتسجيل يقع بعد الملتقى التخصصي.
conference-error-kind = يرجى اختيار النوع.
conference-error-room = يرجى اختيار قاعة من قاعات هذا الملتقى التخصصي.
conference-error-time = يرجى إدخال وقت (⁦HH:MM⁩).
conference-error-ends = النهاية ليست بعد البداية.
conference-error-speakers = يرجى ذكر اثني عشر مساهمًا على الأكثر، شخص واحد في كل سطر: الاسم ⁦;⁩ الوظيفة ⁦;⁩ الجهة.
conference-error-clash = هناك نشاط آخر في هذه القاعة في الوقت نفسه.
conference-register-link = إلى التسجيل
conference-register-title = التسجيل
conference-closed = التسجيل مغلق.
conference-deadline = آخر موعد للتسجيل: { $date }
conference-places-left = { $count ->
    [zero] لم يبقَ أي مقعد شاغر
    [one] بقي مقعد واحد شاغر
    [two] بقي مقعدان شاغران
    [few] بقيت { $count } مقاعد شاغرة
    [many] بقي { $count } مقعدًا شاغرًا
   *[other] بقي { $count } مقعد شاغر
}
conference-full = جميع المقاعد محجوزة. ستُدرَج في قائمة الانتظار، وإذا شغر مقعد فسنعرضه عليك عبر البريد الإلكتروني.
conference-you = بياناتك
conference-field-name = الاسم
conference-field-email = عنوان البريد الإلكتروني
conference-field-organisation = الجهة
conference-field-postcode = الرمز البريدي للجهة
conference-postcode-hint = اختياري. لا يدخل في إحصاءات الملتقى التخصصي إلا اسم الدائرة الإدارية، دون الكشف عن الهوية.
conference-field-role = الوظيفة
conference-colleagues = تسجيل زميلات وزملاء معك
conference-colleagues-hint = من يُسجَّلون معًا يحصلون على مقاعد معًا أو ينتظرون معًا. يتلقى كل شخص رسالة بريد إلكتروني خاصة به تتضمن رابطه الشخصي.
conference-colleague = الشخص { $number }
conference-workshops = ورش العمل
conference-no-workshop = بلا ورشة عمل
conference-workshop-full = مكتملة، قائمة الانتظار
conference-questions = أسئلة حول المشاركة
conference-field-dietary = الطعام: حالات عدم تحمّل أو رغبات
conference-field-accessibility = إمكانية الوصول: ما تحتاج إليه
conference-field-interpreting = الترجمة الشفهية: أي لغة
conference-consent-heading = الموافقة
conference-consent-agree = قرأت النص وأوافق عليه.
conference-register = التسجيل بشكل ملزم
conference-registered-already = عنوان البريد الإلكتروني هذا مسجَّل بالفعل في هذا الملتقى التخصصي. يمكنك الوصول إلى تسجيلك عبر الرابط الموجود في رسالتك الإلكترونية.
conference-error-email = يرجى إدخال عنوان بريد إلكتروني صالح.
conference-error-email-twice = هذا العنوان موجود بالفعل في هذا التسجيل.
conference-error-postcode = لا نعرف هذا الرمز البريدي.
conference-error-workshop = يرجى اختيار ورشة عمل من ورش هذا الوقت.
conference-error-consent = لا يمكننا تسجيلك دون موافقتك.
conference-personal-title = تسجيلك
conference-thanks = شكرًا! أرسلنا إليك رسالة بريد إلكتروني تتضمن هذا الرابط الشخصي. احتفظ بها: عبر الرابط يمكنك تعديل بياناتك أو إلغاء تسجيلك.
conference-state-confirmed = المقعد مؤكَّد
conference-state-waiting = قائمة الانتظار
conference-state-offered = مقعد معروض عليك
conference-state-cancelled = أُلغي التسجيل
conference-state-expired = انتهت صلاحية العرض
conference-state-confirmed-text = لديك مقعد في الملتقى التخصصي.
conference-state-waiting-text = أنت في قائمة الانتظار. إذا شغر مقعد فسنعرضه عليك عبر البريد الإلكتروني.
conference-state-offered-text = شغر مقعد من أجلك. يرجى قبوله عبر الرابط الموجود في الرسالة الإلكترونية قبل انتهاء المهلة.
conference-state-cancelled-text = لقد ألغيت تسجيلك. انتقل مقعدك إلى الشخص التالي في قائمة الانتظار.
conference-state-expired-text = انتهت صلاحية عرض المقعد. يمكنك التسجيل من جديد ما دام التسجيل مفتوحًا.
conference-ahead = { $count ->
    [0] لا أحد ينتظر قبلك.
    [zero] لا أحد ينتظر قبلك.
    [one] ينتظر قبلك شخص واحد.
    [two] ينتظر قبلك شخصان.
    [few] ينتظر قبلك { $count } أشخاص.
    [many] ينتظر قبلك { $count } شخصًا.
   *[other] ينتظر قبلك { $count } شخص.
}
conference-checkin-code = رمز الدخول الخاص بك
conference-checkin-hint = أظهر هذا الرمز عند الدخول يوم الملتقى التخصصي، على هاتفك أو مطبوعًا.
conference-my-calendar = برنامجك كملف تقويم (⁦.ics⁩)
conference-my-workshops = ورش العمل الخاصة بك
conference-change = تعديل البيانات وورش العمل
conference-cancel = إلغاء التسجيل
conference-cancel-hint = إذا لم تتمكن من الحضور، فيرجى إلغاء تسجيلك حتى يحصل شخص من قائمة الانتظار على مقعدك.
conference-cancelled-already = أُلغي هذا التسجيل بالفعل.
conference-offer-title = يوجد مقعد شاغر
conference-offer-intro = المقعد المعروض عليك وموعد انتهاء العرض مذكوران في الرسالة الإلكترونية. هل تريد قبوله؟
conference-offer-accept = قبول المقعد
conference-offer-decline = رفض
conference-offer-accepted = المقعد لك. تجد رمز الدخول الخاص بك عبر الرابط الشخصي لتسجيلك.
conference-offer-declined = لقد رفضت العرض. ينتقل المقعد إلى الشخص التالي في قائمة الانتظار.
conference-offer-unknown = هذا الرابط غير معروف أو استُخدم من قبل.
conference-offer-expired = انتهت مهلة هذا العرض، وانتقل المقعد إلى الشخص التالي.
mail-conference-confirmed-subject = تسجيلك في الملتقى التخصصي { $year }: المقعد مؤكَّد
mail-conference-confirmed-body = مرحبًا { $name }،

    أنت مسجَّل في: { $event }، { $date }، { $venue }.

    عبر رابطك الشخصي ترى رمز الدخول الخاص بك، وتعدّل بياناتك وورش العمل، أو تلغي تسجيلك:
    { $url }

    البرنامج مرفق كملف تقويم.
mail-conference-waiting-subject = تسجيلك في الملتقى التخصصي { $year }: قائمة الانتظار
mail-conference-waiting-body = مرحبًا { $name }،

    جميع المقاعد في { $event } ({ $date }، { $venue }) محجوزة. أنت في قائمة الانتظار. إذا شغر مقعد فسنعرضه عليك عبر البريد الإلكتروني.

    عبر رابطك الشخصي ترى موقعك في قائمة الانتظار، أو تلغي تسجيلك:
    { $url }
mail-conference-offer-subject = الملتقى التخصصي { $year }: شغر مقعد من أجلك
mail-conference-offer-body = مرحبًا { $name }،

    شغر مقعد من أجلك: { $what }.

    يرجى قبوله حتى { $until }، وإلا فسينتقل إلى الشخص التالي في قائمة الانتظار:
    { $url }
conference-checkin-title = الدخول
conference-checkin-intro = امسح الرمز من رمز ⁦QR⁩ أو اكتبه. كل رمز يسمح بدخول شخص واحد فقط مرة واحدة. إذا انقطعت الشبكة لفترة قصيرة، تحفظ الصفحة الرموز وترسلها فور عودة الاتصال.
conference-checkin-code-label = الرمز
conference-checkin-submit = السماح بالدخول
conference-checkin-camera = المسح بالكاميرا
conference-checkin-admitted = مرحبًا: { $name } ({ $organisation })
conference-checkin-already = استُخدم هذا الرمز من قبل في الساعة { $time }.
conference-checkin-unknown = هذا الرمز غير موجود لهذا الملتقى التخصصي، أو ليس لدى هذا الشخص مقعد.
conference-checkin-queued = لا يوجد اتصال: حُفظ الرمز وسيُرسَل فور عودة الشبكة.
conference-checkin-pending = لم يُرسَل بعد: %n
conference-checkin-all = الملتقى التخصصي كله
conference-arrived = الحاضرون
conference-deletion-on = تُحذف بيانات المشاركين في { $date }، وتبقى الأعداد دون الكشف عن الهوية.
conference-attendees-csv = قائمة المشاركين (⁦CSV⁩)
conference-error-grade = يرجى اختيار درجة من 1 إلى 5.
conference-downloads = القوائم
conference-attendees-xlsx = المشاركون وورش العمل (⁦XLSX⁩)
conference-workshops-csv = قوائم ورش العمل (⁦CSV⁩)
conference-after-title = بعد الملتقى التخصصي
conference-certificate-download = شهادة حضور (⁦PDF⁩)
conference-certificate-title = شهادة حضور
conference-certificate-intro = تشهد هذه الوثيقة بمشاركة { $name } ({ $organisation }) في { $event } بتاريخ { $date } في { $venue }. وتبلغ مدة فقرات البرنامج التي تمّ حضورها { $hours } ساعة زمنية (الساعة = 60 دقيقة).
conference-certificate-attended = فقرات البرنامج التي تمّ حضورها
conference-certificate-time = الوقت
conference-certificate-session = فقرة البرنامج
conference-certificate-hours = الساعات الزمنية (الساعة = 60 دقيقة)
conference-certificate-check = التحقق من صحة الشهادة
conference-certificate-check-text = هذه الشهادة صالحة دون توقيع. ويمكن التأكد من صحتها على صفحة التحقق باستخدام رمز التحقق.
conference-certificate-code = رمز التحقق
conference-certificate-check-page = صفحة التحقق
conference-certificate-footer = شهادة حضور · { $event } · صدرت بتاريخ { $issued }
conference-certificate-check-title = التحقق من شهادة حضور
conference-certificate-check-intro = أدخل رمز التحقق المدوَّن على الشهادة. سنعرض لمن صدرت، ولأي ملتقى تخصصي، وعن كم ساعة.
conference-certificate-check-submit = تحقّق
conference-certificate-valid = هذه الشهادة صحيحة وأصلية.
conference-certificate-event = الفعالية
conference-certificate-date = التاريخ
conference-certificate-name-deleted = حُذفت بيانات المشاركين في هذا الملتقى التخصصي في هذه الأثناء، لذلك لم يعد الاسم يُعرض.
conference-certificate-unknown = لا توجد شهادة لرمز التحقق هذا. يرجى التأكد من كتابة الرمز بشكل صحيح.
conference-feedback-title = التقييم
conference-feedback-intro = كيف كان الملتقى التخصصي بالنسبة إليك؟ يساعدنا تقييمك في التخطيط للملتقى القادم.
conference-feedback-give = أرسل تقييمك
conference-feedback-thanks = شكرًا على تقييمك.
conference-feedback-given = لقد أرسلت تقييمك من قبل.
conference-feedback-overall = كيف كان الملتقى التخصصي بوجه عام؟
conference-feedback-overall-short = الدرجة الإجمالية
conference-feedback-useful = ما مدى فائدته لعملك؟
conference-feedback-comment = ما الذي كان جيدًا، وما الذي ينبغي تغييره؟
conference-feedback-wishes = ما المواضيع ونقاط الربط في التعاون التي تتمنى تناولها في السنة القادمة؟
conference-feedback-anonymous = يُحفظ تقييمك دون اسمك، ولا يمكن لأحد أن ينسبه إليك.
conference-feedback-submit = إرسال التقييم
conference-feedback-count = { $count ->
    [0] لا توجد تقييمات بعد.
    [zero] لا توجد تقييمات بعد.
    [one] تقييم واحد
    [two] تقييمان
    [few] { $count } تقييمات
    [many] { $count } تقييمًا
   *[other] { $count } تقييم
}
conference-feedback-average = المتوسط
conference-feedback-grade = الدرجة
conference-grade-1 = 1 – ضعيف
conference-grade-2 = 2 – ضعيف إلى حدٍّ ما
conference-grade-3 = 3 – متوسط
conference-grade-4 = 4 – جيد
conference-grade-5 = 5 – جيد جدًا
conference-evaluation-title = تحليل النتائج
conference-evaluation-intro = أعداد لجميع السنوات دون الكشف عن الهوية، والتقييمات الخاصة بهذا الملتقى التخصصي. تبقى الأعداد محفوظة عند حذف بيانات المشاركين.
conference-figures-years = الأعداد حسب السنة
conference-figures-registered = المسجَّلون
conference-figures-confirmed = حصلوا على مقعد
conference-figures-cancelled = ألغوا التسجيل
conference-figures-attended = حضروا
conference-figures-organisations = الجهات
conference-figures-districts = المقاطعات
conference-figures-feedback = التقييمات
conference-figures-from = من أين جاء المسجَّلون
conference-figures-none = لا توجد بيانات عن المكان.
conference-figures-district = المقاطعة أو المدينة المستقلة
conference-figures-count = العدد
mail-conference-reminder-subject = تذكير: الملتقى التخصصي { $year } بتاريخ { $date }
mail-conference-reminder-body = مرحبًا { $name }،

    اقترب الموعد: { $event }، { $date }، { $venue }، { $address }.

    ورش العمل الخاصة بك:
    { $workshops }

    رمز الدخول الخاص بك: { $code }
    يظهر رمز ⁦QR⁩ المقابل له عبر رابطك الشخصي الوارد في رسالة التأكيد. برنامجك مرفق كملف تقويم.

    إذا لم تتمكن من الحضور، فيرجى إلغاء تسجيلك عبر الرابط نفسه، حتى يحصل شخص من قائمة الانتظار على مقعدك.
mail-conference-reminder-no-workshops = لا توجد
conference-error-sheet = يرجى اختيار أوراق الربط من القائمة فقط.
conference-results-title = نتائج ورشة العمل
conference-results-intro = ما توصّلت إليه ورشة العمل: الملاحظات والملفات (المحضر وصور لوحات الملاحظات والعروض التقديمية) وأوراق الربط التي راجعتها. ويُعرض كل ذلك بعدها علنًا في البرنامج تحت ورشة العمل.
conference-results-notes = الملاحظات
conference-results-sheets = أوراق الربط المُراجَعة
conference-results-files = الملفات
conference-results-no-files = لا توجد ملفات بعد.
conference-results-delete-file = حذف الملف
conference-results-file = رفع ملف
conference-results-file-hint = ⁦PDF⁩ أو ⁦PNG⁩ أو ⁦JPEG⁩ أو مستند ⁦Office⁩، بحد أقصى
conference-results-file-most = عدد الملفات لكل ورشة عمل بحد أقصى
conference-results-upload = رفع
conference-results-revised = أوراق الربط المُراجَعة:
conference-results-worked-out = أُعدّت في الملتقى التخصصي
conference-file-empty = يرجى اختيار ملف.
conference-file-too-large = الملف كبير جدًا.
conference-file-kind = لا نقبل هذا النوع من الملفات: يرجى استخدام ⁦PDF⁩ أو ⁦PNG⁩ أو ⁦JPEG⁩ أو مستند ⁦Office⁩.
conference-file-too-many = بلغت ورشة العمل هذه الحد الأقصى لعدد الملفات. يرجى حذف ملف أولًا.
conference-too-many = وصل من اتصالك عدد كبير جدًا من التسجيلات خلال الساعة الماضية. يرجى المحاولة مرة أخرى لاحقًا.
mail-conference-accepted-subject = الملتقى التخصصي { $year }: مقعدك مؤكَّد
mail-conference-accepted-body = مرحبًا { $name }،

    لقد قبلت المقعد الشاغر: { $what }.

    { $event }، { $date }، { $venue }.
    رمز الدخول الخاص بك: { $code }
    يظهر رمز ⁦QR⁩ المقابل له عبر رابطك الشخصي الوارد في رسالتك الإلكترونية الأولى، ويمكنك هناك أيضًا تعديل بياناتك أو إلغاء تسجيلك. برنامجك مرفق كملف تقويم.
