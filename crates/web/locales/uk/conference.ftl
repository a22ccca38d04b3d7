# Щорічна фахова конференція (Fachtag): публічна програма, експорт і сторінки координаторів.
conference-nav = Фахова конференція
conference-list-title = Fachtag (щорічна фахова конференція мережі)
conference-list-intro = Раз на рік міграційна консультація зустрічається з фаховими службами землі: доповіді, панельні дискусії та воркшопи, на яких напрацьовують точки взаємодії у співпраці.
conference-none = Фахову конференцію ще не створено.
conference-german-note = Програма німецькою мовою. Під час реєстрації можна попросити про усний переклад.
conference-programme = Програма
conference-no-sessions = Пунктів програми ще немає.
conference-parallel = Одночасно, на вибір:
conference-places = { $count ->
    [one] { $count } місце
    [few] { $count } місця
    [many] { $count } місць
   *[other] { $count } місця
}
conference-rooms = Зали та доступність
conference-room = Зала
conference-capacity = Місця
conference-access = Доступ
conference-step-free = доступ без сходинок
conference-not-step-free = немає доступу без сходинок
conference-exports = Завантажити програму
conference-ics = Файл календаря (.ics) з усіма пунктами програми
conference-frab-xml = Програма для застосунків конференцій (frab-XML)
conference-frab-json = Програма для застосунків конференцій (frab-JSON)
conference-kind = Тип
conference-kind-talk = Доповідь
conference-kind-panel = Панельна дискусія
conference-kind-workshop = Воркшоп
conference-kind-break = Перерва
conference-time = Час
conference-admin-title = Планування фахової конференції
conference-admin-intro = Створіть фахову конференцію на певний рік – порожню або як копію попередньої з її залами та програмою – і ведіть зали та пункти програми.
conference-public = Публічна
conference-new = Створити нову фахову конференцію
conference-form-errors = Будь ласка, перевірте позначені поля.
conference-copy-from = Перенести зали та програму з
conference-copy-none = жодної (почати з порожньої)
conference-create = Створити фахову конференцію
conference-field-year = Рік
conference-field-title = Назва
conference-field-day = Дата
conference-field-venue = Місце проведення
conference-field-address = Адреса
conference-field-description = Опис
conference-field-capacity = Усього місць (0: обмежено лише залами)
conference-field-registration-until = Кінцевий термін реєстрації
conference-field-consent = Текст згоди для реєстрації
conference-field-offer-hours = Скільки годин звільнене місце залишається запропонованим
conference-field-delete-after-days = Через скільки днів після фахової конференції видаляються дані учасників
conference-field-starts = Початок
conference-field-ends = Кінець
conference-field-speakers = Учасники програми
conference-speakers-hint = Одна особа на рядок: ім'я; посада; організація. Ім'я можна не вказувати.
conference-field-places = Місця у воркшопі
conference-places-hint = Залиште порожнім: стільки ж, скільки в залі.
conference-sessions = Пункти програми
conference-rooms-first = Спочатку створіть залу.
conference-new-session = Новий пункт програми
conference-edit-session = Редагувати пункт програми
conference-delete-session = Видалити пункт програми
conference-room-name = Назва зали
conference-room-capacity = Місця в залі
conference-room-notes = Примітки щодо доступу
conference-save-room = Зберегти залу
conference-new-room = Нова зала
conference-add-room = Створити залу
conference-event = Відомості про фахову конференцію
conference-save = Зберегти
conference-clash-with = У тій самій залі в той самий час:
conference-conflict = На цей рік фахова конференція вже існує, або хтось щойно її змінив. Будь ласка, перезавантажте сторінку.
conference-error-required = Будь ласка, заповніть.
conference-error-too-long = Цей текст задовгий.
conference-error-control = Цей текст містить недопустимі керівні символи.
conference-error-number = Будь ласка, вкажіть ціле число в допустимому діапазоні.
conference-error-date = Будь ласка, вкажіть дату (РРРР-ММ-ДД).
conference-error-year = Будь ласка, вкажіть рік від 2000 до 2100.
conference-error-deadline = Кінцевий термін реєстрації припадає на час після фахової конференції.
conference-error-kind = Будь ласка, виберіть тип.
conference-error-room = Будь ласка, виберіть залу цієї фахової конференції.
conference-error-time = Будь ласка, вкажіть час (ГГ:ХХ).
conference-error-ends = Кінець не пізніше за початок.
conference-error-speakers = Будь ласка, вкажіть не більше дванадцяти учасників програми, по одному на рядок: ім'я; посада; організація.
conference-error-clash = У цій залі в цей самий час уже щось відбувається.
conference-register-link = До реєстрації
conference-register-title = Реєстрація
conference-closed = Реєстрацію закрито.
conference-deadline = Кінцевий термін реєстрації: { $date }
conference-places-left = { $count ->
    [one] ще { $count } вільне місце
    [few] ще { $count } вільні місця
    [many] ще { $count } вільних місць
   *[other] ще { $count } вільного місця
}
conference-full = Усі місця зайняті. Вас буде внесено до списку очікування; якщо місце звільниться, ми запропонуємо його вам електронною поштою.
conference-you = Ваші дані
conference-field-name = Ім'я
conference-field-email = Адреса електронної пошти
conference-field-organisation = Організація
conference-field-postcode = Поштовий індекс організації
conference-postcode-hint = Необов'язково. До статистики фахової конференції анонімно потрапляє лише район.
conference-field-role = Посада
conference-colleagues = Зареєструвати також колег
conference-colleagues-hint = Ті, кого зареєстровано разом, отримують місця разом або разом чекають. Кожна особа отримує окремий лист зі своїм персональним посиланням.
conference-colleague = Особа { $number }
conference-workshops = Воркшопи
conference-no-workshop = без воркшопу
conference-workshop-full = місць немає, список очікування
conference-questions = Питання щодо участі
conference-field-dietary = Харчування: непереносимість або побажання
conference-field-accessibility = Доступність: що вам потрібно
conference-field-interpreting = Усний переклад: яка мова
conference-consent-heading = Згода
conference-consent-agree = Я прочитав(-ла) текст і даю згоду.
conference-register = Зареєструватися остаточно
conference-registered-already = Цю адресу електронної пошти вже зареєстровано на цю фахову конференцію. Свою реєстрацію ви знайдете за посиланням у вашому листі.
conference-error-email = Будь ласка, вкажіть дійсну адресу електронної пошти.
conference-error-email-twice = Ця адреса вже є в цій реєстрації.
conference-error-postcode = Такого поштового індексу ми не знаємо.
conference-error-workshop = Будь ласка, виберіть воркшоп у цей час.
conference-error-consent = Без вашої згоди ми не можемо вас зареєструвати.
conference-personal-title = Ваша реєстрація
conference-thanks = Дякуємо! Ми надіслали вам лист із цим персональним посиланням. Збережіть його: за посиланням ви можете змінити свої дані або скасувати реєстрацію.
conference-state-confirmed = Місце гарантовано
conference-state-waiting = Список очікування
conference-state-offered = Місце запропоновано
conference-state-cancelled = реєстрацію скасовано
conference-state-expired = Пропозиція втратила чинність
conference-state-confirmed-text = У вас є місце на фаховій конференції.
conference-state-waiting-text = Ви в списку очікування. Якщо місце звільниться, ми запропонуємо його вам електронною поштою.
conference-state-offered-text = Для вас звільнилося місце. Будь ласка, прийміть його за посиланням у листі, доки не сплив термін.
conference-state-cancelled-text = Ви скасували реєстрацію. Ваше місце отримала наступна особа зі списку очікування.
conference-state-expired-text = Термін пропозиції місця минув. Ви можете зареєструватися знову, поки реєстрація відкрита.
conference-ahead = { $count ->
    [0] Перед вами в черзі нікого немає.
    [one] Перед вами в черзі { $count } особа.
    [few] Перед вами в черзі { $count } особи.
    [many] Перед вами в черзі { $count } осіб.
   *[other] Перед вами в черзі { $count } особи.
}
conference-checkin-code = Ваш код для входу
conference-checkin-hint = Покажіть цей код на вході в день фахової конференції — на телефоні або роздрукованим.
conference-my-calendar = Ваша програма як файл календаря (.ics)
conference-my-workshops = Ваші воркшопи
conference-change = Змінити дані та воркшопи
conference-cancel = Скасувати реєстрацію
conference-cancel-hint = Якщо ви не зможете прийти, будь ласка, скасуйте реєстрацію, щоб ваше місце отримав хтось зі списку очікування.
conference-cancelled-already = Цю реєстрацію вже скасовано.
conference-offer-title = Є вільне місце
conference-offer-intro = Яке місце вам запропоновано і до якого часу, зазначено в листі. Бажаєте його прийняти?
conference-offer-accept = Прийняти місце
conference-offer-decline = Відмовитися
conference-offer-accepted = Місце ваше. Код для входу ви знайдете за персональним посиланням вашої реєстрації.
conference-offer-declined = Ви відмовилися. Місце отримає наступна особа зі списку очікування.
conference-offer-unknown = Це посилання невідоме або вже було використане.
conference-offer-expired = Термін цієї пропозиції минув; місце отримала наступна особа.
mail-conference-confirmed-subject = Ваша реєстрація на фахову конференцію { $year }: місце гарантовано
mail-conference-confirmed-body = Добрий день, { $name }!

    Вас зареєстровано: { $event }, { $date }, { $venue }.

    За своїм персональним посиланням ви бачите код для входу, можете змінити свої дані та воркшопи або скасувати реєстрацію:
    { $url }

    Програму додано як файл календаря.
mail-conference-waiting-subject = Ваша реєстрація на фахову конференцію { $year }: список очікування
mail-conference-waiting-body = Добрий день, { $name }!

    На { $event } ({ $date }, { $venue }) усі місця зайняті. Ви в списку очікування. Якщо місце звільниться, ми запропонуємо його вам електронною поштою.

    За своїм персональним посиланням ви бачите своє місце в черзі або можете скасувати реєстрацію:
    { $url }
mail-conference-offer-subject = Фахова конференція { $year }: для вас звільнилося місце
mail-conference-offer-body = Добрий день, { $name }!

    Для вас звільнилося місце: { $what }.

    Будь ласка, прийміть його до { $until }, інакше воно перейде до наступної особи зі списку очікування:
    { $url }
conference-checkin-title = Вхід
conference-checkin-intro = Відскануйте код із QR-коду або введіть його вручну. Кожен код пропускає рівно одну особу один раз. Якщо мережа ненадовго зникне, сторінка запам'ятає коди й надішле їх, щойно з'єднання відновиться.
conference-checkin-code-label = Код
conference-checkin-submit = Пропустити
conference-checkin-camera = Сканувати камерою
conference-checkin-admitted = Ласкаво просимо: { $name } ({ $organisation })
conference-checkin-already = Цей код уже використано о { $time }.
conference-checkin-unknown = Такого коду для цієї фахової конференції немає, або ця особа не має місця.
conference-checkin-queued = Немає з'єднання: код збережено, його буде надіслано, щойно мережа відновиться.
conference-checkin-pending = Ще не надіслано: %n
conference-checkin-all = Фахова конференція загалом
conference-arrived = Прибули
conference-deletion-on = Дані учасників буде видалено { $date }; анонімні показники залишаться.
conference-attendees-csv = Список учасників (CSV)
conference-error-grade = Будь ласка, виберіть оцінку від 1 до 5.
conference-downloads = Списки
conference-attendees-xlsx = Учасники та воркшопи (XLSX)
conference-workshops-csv = Списки воркшопів (CSV)
conference-after-title = Після фахової конференції
conference-certificate-download = Довідка про участь (PDF)
conference-certificate-title = Довідка про участь
conference-certificate-intro = { $name } ({ $organisation }) взяв(-ла) участь у заході «{ $event }», що відбувся { $date } (місце проведення: { $venue }). Загальна тривалість відвіданих пунктів програми в астрономічних годинах: { $hours }.
conference-certificate-attended = Відвідані пункти програми
conference-certificate-time = Час
conference-certificate-session = Пункт програми
conference-certificate-hours = Астрономічні години (по 60 хвилин)
conference-certificate-check = Перевірка справжності
conference-certificate-check-text = Ця довідка дійсна без підпису. Її справжність можна підтвердити на сторінці перевірки за допомогою коду перевірки.
conference-certificate-code = Код перевірки
conference-certificate-check-page = Сторінка перевірки
conference-certificate-footer = Довідка про участь · { $event } · видана { $issued }
conference-certificate-check-title = Перевірити довідку про участь
conference-certificate-check-intro = Введіть код перевірки, зазначений у довідці. Ми покажемо, кому, за участь у якій фаховій конференції та на скільки годин її видано.
conference-certificate-check-submit = Перевірити
conference-certificate-valid = Ця довідка справжня.
conference-certificate-event = Захід
conference-certificate-date = Дата
conference-certificate-name-deleted = Дані учасників цієї фахової конференції вже видалено, тому ім'я більше не показується.
conference-certificate-unknown = Довідки з таким кодом перевірки немає. Будь ласка, перевірте правильність написання.
conference-feedback-title = Відгук
conference-feedback-intro = Як вам фахова конференція? Ваш відгук допоможе спланувати наступну.
conference-feedback-give = Залишити відгук
conference-feedback-thanks = Дякуємо за ваш відгук.
conference-feedback-given = Ви вже залишили відгук.
conference-feedback-overall = Як ви оцінюєте фахову конференцію загалом?
conference-feedback-overall-short = Загальна оцінка
conference-feedback-useful = Наскільки вона була корисною для вашої роботи?
conference-feedback-comment = Що було добре, а що варто змінити?
conference-feedback-wishes = Які теми та точки взаємодії ви хотіли б обговорити наступного року?
conference-feedback-anonymous = Ваш відгук зберігається без вашого імені; ніхто не зможе пов'язати його з вами.
conference-feedback-submit = Надіслати відгук
conference-feedback-count = { $count ->
    [0] Відгуків ще немає.
    [one] { $count } відгук
    [few] { $count } відгуки
    [many] { $count } відгуків
   *[other] { $count } відгуку
}
conference-feedback-average = Середнє
conference-feedback-grade = Оцінка
conference-grade-1 = 1 – погано
conference-grade-2 = 2 – радше погано
conference-grade-3 = 3 – посередньо
conference-grade-4 = 4 – добре
conference-grade-5 = 5 – дуже добре
conference-evaluation-title = Підсумки
conference-evaluation-intro = Анонімні показники за всі роки та відгуки про цю фахову конференцію. Показники зберігаються й після видалення даних учасників.
conference-figures-years = Показники за роками
conference-figures-registered = Зареєструвалися
conference-figures-confirmed = Отримали місце
conference-figures-cancelled = Скасували реєстрацію
conference-figures-attended = Взяли участь
conference-figures-organisations = Організації
conference-figures-districts = Райони
conference-figures-feedback = Відгуки
conference-figures-from = Звідки були зареєстровані учасники
conference-figures-none = Немає даних про місце.
conference-figures-district = Район або позарайонне місто
conference-figures-count = Кількість
mail-conference-reminder-subject = Нагадування: фахова конференція { $year }, { $date }
mail-conference-reminder-body = Добрий день, { $name }!

    Уже зовсім скоро: { $event }, { $date }, { $venue }, { $address }.

    Ваші воркшопи:
    { $workshops }

    Ваш код для входу: { $code }
    Відповідний QR-код можна відкрити за вашим персональним посиланням із листа-підтвердження. Вашу програму додано як файл календаря.

    Якщо ви не зможете прийти, будь ласка, скасуйте реєстрацію за цим самим посиланням, щоб ваше місце отримав хтось зі списку очікування.
mail-conference-reminder-no-workshops = немає
conference-error-sheet = Будь ласка, вибирайте лише аркуші взаємодії зі списку.
conference-results-title = Результати воркшопу
conference-results-intro = Що напрацював воркшоп: нотатки, файли (протокол, фото дошок із записами, презентації) та аркуші взаємодії, які він доопрацював. Після цього все це публічно доступне в програмі під цим воркшопом.
conference-results-notes = Нотатки
conference-results-sheets = Доопрацьовані аркуші взаємодії
conference-results-files = Файли
conference-results-no-files = Файлів ще немає.
conference-results-delete-file = Видалити файл
conference-results-file = Завантажити файл
conference-results-file-hint = PDF, PNG, JPEG або документ Office, не більше
conference-results-file-most = файлів на воркшоп не більше
conference-results-upload = Завантажити
conference-results-revised = Доопрацьовані аркуші взаємодії:
conference-results-worked-out = Напрацьовано на фаховій конференції
conference-file-empty = Будь ласка, виберіть файл.
conference-file-too-large = Файл завеликий.
conference-file-kind = Такий тип файлів ми не приймаємо: будь ласка, використовуйте PDF, PNG, JPEG або документ Office.
conference-file-too-many = Цей воркшоп уже має максимальну кількість файлів. Будь ласка, спочатку видаліть один.
conference-too-many = З вашого підключення за останню годину надійшло дуже багато реєстрацій. Будь ласка, спробуйте ще раз пізніше.
mail-conference-accepted-subject = Фахова конференція { $year }: ваше місце підтверджено
mail-conference-accepted-body = Добрий день, { $name }!

    Ви прийняли вільне місце: { $what }.

    { $event }, { $date }, { $venue }.
    Ваш код для входу: { $code }
    Відповідний QR-код можна відкрити за вашим персональним посиланням із першого листа; там також можна змінити свої дані або скасувати реєстрацію. Вашу програму додано як файл календаря.
