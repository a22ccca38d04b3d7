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
