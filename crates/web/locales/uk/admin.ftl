# Signed-in area (/verwaltung), sign-in, invitations, password reset, e-mails.

error-refused-title = Неможливо
error-csrf = Термін дії форми минув, або її надіслано не з цієї сторінки. Будь ласка, оновіть сторінку й надішліть форму ще раз. Нічого не змінено.
error-form-too-large = Форма завелика (не більше 64 KB). Нічого не змінено.
error-form-type = Будь ласка, надсилайте форму через сторінку. Нічого не змінено.
error-not-yours = Цей запис належить іншій організації. Ви можете редагувати лише записи своєї організації. Нічого не змінено.
error-coordinators-only = Ця сторінка доступна лише координації мережі.
error-edit-conflict = Хтось інший тим часом змінив цей запис. Будь ласка, оновіть сторінку й внесіть свою зміну ще раз. Нічого не змінено.

login-title = Вхід
login-intro = Для організацій, консультантів і координації мережі.
login-submit = Увійти
login-forgot = Забули пароль?
login-failed = Неправильна адреса електронної пошти або пароль.
login-locked = Забагато невдалих спроб. Будь ласка, зачекайте 15 хвилин або скиньте пароль.
sign-out = Вийти
field-email = Адреса електронної пошти
field-password = Пароль
field-new-password = Новий пароль
field-password-repeat = Повторіть пароль
password-rule = Щонайменше 10 символів. Добрий пароль — це речення, яке ви легко запам'ятаєте.
password-save = Зберегти пароль
password-too-short = Пароль закороткий: потрібно щонайменше 10 символів.
password-too-long = Пароль задовгий: не більше 256 символів.
password-mismatch = Паролі не збігаються.

forgot-title = Забули пароль
forgot-intro = Введіть свою адресу електронної пошти. Якщо для неї є обліковий запис, ми надішлемо вам посилання для встановлення нового пароля. Посилання дійсне одну годину.
forgot-submit = Надіслати посилання
reset-sent-title = Лист уже в дорозі
reset-sent = Якщо для цієї адреси є обліковий запис, лист із посиланням уже в дорозі. Посилання дійсне одну годину.
reset-title = Новий пароль
reset-intro = Новий пароль для

invite-title = Прийняти запрошення
invite-intro = Вас запрошено за адресою
invite-existing-account = У вас уже є обліковий запис. Прийміть запрошення та увійдіть як зазвичай.
invite-accept = Прийняти запрошення
invite-accepted-title = Запрошення прийнято
invite-accepted = Нову роль додано до вашого облікового запису. Будь ласка, увійдіть.

token-unknown-title = Недійсне посилання
token-unknown = Це посилання нам невідоме. Будь ласка, перевірте, чи його скопійовано повністю.
token-expired-title = Термін дії посилання минув
token-expired = Термін дії цього посилання минув. Будь ласка, запросіть нове.
token-used-title = Посилання вже використано
token-used = Це посилання вже використано. Увійдіть або запросіть нове.

admin-nav-label = Керування
admin-home = Керування
admin-roles = Ваші ролі
admin-no-roles = поки немає
admin-own-organizations = Ваші організації
admin-all-organizations = Усі організації
admin-filter-organizations = Знайти організацію
admin-organization-count = { $count ->
    [one] { $count } організація
    [few] { $count } організації
    [many] { $count } організацій
   *[other] { $count } організації
}
admin-to-search = До пошуку
admin-services = Послуги
admin-actions = Дії
admin-organization-details = Відомості про організацію
role-coordinator = Координація
role-editor = Редакція
role-counsellor = Консультування

service-edit-title = Редагувати послугу
service-section-what = Що
service-section-contact = Контакти
service-section-access = Вартість і доступ
field-name = Назва
field-alternate-name = Коротка назва
field-description = Опис
field-status = Статус
field-phone = Телефон
field-url = Вебсайт
field-fees = Вартість (опис)
field-application = Як отримати допомогу
field-eligibility = Умови
field-role = Роль
required = Обов'язкове поле
status-active = активна
status-inactive = призупинена
hours-hint = Один рядок на кожен день тижня та проміжок часу. Порожні рядки не враховуються.
hours-opens = з
hours-closes = до
hours-mode = Формат
hours-note = Примітка
save = Зберегти
saved = Збережено. Пошук покаже зміну за секунду.
form-has-errors = Будь ласка, перевірте позначені поля. Нічого не збережено.
field-required = Будь ласка, заповніть.
field-too-long = Задовгий текст.
field-one-line = Будь ласка, в один рядок.
field-control-chars = Містить недопустимі керівні символи.
field-email-invalid = Недійсна адреса електронної пошти.
field-url-invalid = Будь ласка, вкажіть адресу, що починається з https://.
field-phone-invalid = Будь ласка, лише цифри, пробіли та + - / ( ).
field-choice-invalid = Такого варіанта немає.
field-invalid = Це значення не відповідає формату обміну даними (HSDS).
field-time-invalid = Будь ласка, вкажіть час у форматі 09:30.
field-time-order = Кінець має бути пізніше за початок.
field-too-many = Забагато рядків.
field-organization-required = Будь ласка, виберіть організацію (для ролей «Редакція» та «Консультування»).
label-district = Район / позарайонне місто

freshness-title = Актуальність
freshness-intro = { $count ->
    [one] { $count } запис не підтверджувався понад шість місяців.
    [few] { $count } записи не підтверджувалися понад шість місяців.
    [many] { $count } записів не підтверджувалися понад шість місяців.
   *[other] { $count } запису не підтверджувалися понад шість місяців.
}
freshness-by-organization = За організаціями
freshness-by-district = За районами
freshness-entries = Записи
freshness-verified = Останнє підтвердження
freshness-state = Стан
freshness-current = актуально
freshness-due = час нагадати
freshness-outdated = можливо, застаріло
freshness-no-district = по всій Саксонії-Ангальт / без місця
confirm-still-correct = Досі правильно

invitations-title = Запрошення
invitation-send = Надіслати запрошення
invitation-mail-lang = Мова листів
invitation-mail-lang-hint = Запрошення та подальші листи надходять цією мовою, з німецьким текстом нижче.
invitation-sent = Запрошення надіслано на адресу
invitation-organization-hint = Для ролей «Редакція» та «Консультування»: організація, у якій працює людина.
accounts-title = Облікові записи
account-access = Доступ
role-remove = Відкликати роль
account-disable = Заблокувати
account-enable = Розблокувати
account-disabled = Заблоковано
error-own-account = Власний обліковий запис і власну роль координатора тут відкликати не можна.
org-editors-title = Хто редагує дані цієї організації

audit-title = Журнал змін
audit-actor = Користувач (ел. пошта)
audit-entity = Тип
audit-entity-service = Послуга
audit-entity-organization = Організація
audit-entity-account = Обліковий запис
audit-entity-id = Ідентифікатор
audit-from = з
audit-to = по
audit-when = Коли
audit-what = Що
audit-changes = Зміни
audit-empty = Записів немає.

outbox-title = Вихідні
outbox-new-link = Створити посилання для передачі
outbox-new-link-hint = Посилання не зберігається в базі даних. Нове замінює попереднє.
outbox-link-not-yours = Посилання для скидання пароля бачить лише його власник.
outbox-link-gone = Це посилання вже використано або строк його дії минув.
outbox-intro = SMTP-сервер не налаштовано: листи зберігаються тут, а не надсилаються.
outbox-empty = Листів немає.
outbox-to = Кому

mail-reset-subject = beratungsnetz: новий пароль
mail-reset-body = Добрий день!

    Ви (або хтось інший) запросили новий пароль для beratungsnetz. За цим посиланням ви можете його встановити, воно дійсне одну годину:

    { $link }

    Якщо ви нічого не запитували, просто не зважайте на цей лист.
mail-invite-subject = Запрошення до beratungsnetz
mail-invite-body = Добрий день!

    { $inviter } запрошує вас до beratungsnetz — довідника консультаційної мережі — у ролі: { $role }.

    За цим посиланням ви можете прийняти запрошення та встановити пароль. Посилання дійсне сім днів:

    { $link }
mail-reminder-subject = Будь ласка, перевірте: записи організації { $organization }
mail-reminder-body = Добрий день!

    Ці записи організації { $organization } не підтверджувалися понад шість місяців. Будь ласка, перевірте їх і натисніть «Досі правильно» або виправте те, що вже не відповідає дійсності. Через дванадцять місяців пошук показуватиме їх як можливо застарілі.

    { $list }
    Увійти: { $url }/anmelden

location-edit-title = Редагувати місце
location-section-address = Адреса
location-section-access = Доступність
location-coordinates-hint = Розташування на карті визначається за поштовим індексом.
location-access-hint = Один рядок на кожну особливість, наприклад «Rollstuhlgerechter Zugang» (доступ для інвалідних візків), «Aufzug vorhanden» (є ліфт) або «Eingang nur über Stufen» (вхід лише сходами). З цих рядків пошук визначає ознаку «без бар'єрів».
access-description = Особливість
access-details = Подробиці
field-street = Вулиця та номер будинку
field-postal-code = Поштовий індекс
field-city = Місто
field-plz-unknown = Такого поштового індексу немає.
back-to-organization = Назад до організації
admin-locations = Місця
admin-new-service = Нова послуга
admin-new-location = Нове місце
admin-new-organization = Додати нову організацію
admin-create = Створити
field-locations = Місця, де надається послуга
error-name-required = Будь ласка, вкажіть назву (не більше 200 символів). Нічого не створено.

account-title = Мій обліковий запис
account-totp = Другий фактор
account-totp-is-on = Для входу, крім пароля, потрібен код із вашого застосунку-автентифікатора.
account-totp-is-off = Для входу потрібен лише пароль. Другий фактор — код із застосунку-автентифікатора (наприклад, FreeOTP, Aegis, Google Authenticator) — додатково захищає ваш обліковий запис.
account-totp-start = Налаштувати другий фактор
account-totp-scan = Відскануйте цей QR-код застосунком-автентифікатором і введіть показаний код.
account-totp-qr = QR-код для застосунку-автентифікатора
account-totp-manual = Або введіть цей ключ вручну:
account-totp-confirm = Налаштувати
account-totp-off = Вимкнути другий фактор
account-totp-on-now = Другий фактор налаштовано.
account-totp-off-now = Другий фактор вимкнено.
account-password = Змінити пароль
account-current-password = Поточний пароль
account-wrong-password = Поточний пароль неправильний. Нічого не змінено.
field-code = Код із застосунку (6 цифр)
login-code-title = Введіть код
login-code-intro = Ваш обліковий запис захищено другим фактором. Введіть код із вашого застосунку-автентифікатора.
login-code-wrong = Код неправильний. Будь ласка, введіть поточний код.

vocabulary-title = Словник
vocabulary-intro = Потреби, види послуг і цільові групи з їхніми назвами сімома мовами. Пошук розуміє кожне слово, яке тут прив'язано до терміна, будь-якою мовою — навіть для записів без власних ключових слів. Додані слова одразу діють на всіх серверах.
vocabulary-term = Термін
vocabulary-labels = Назви
vocabulary-words = Пошукові слова
vocabulary-word = Нове пошукове слово
vocabulary-word-hint = Слово або коротка фраза будь-якою мовою — так, як їх вводять люди, що шукають консультацію (не більше 60 символів).
vocabulary-add = Додати пошукове слово
vocabulary-remove = Видалити
vocabulary-builtin = { $count ->
    [one] { $count } вбудоване пошукове слово
    [few] { $count } вбудовані пошукові слова
    [many] { $count } вбудованих пошукових слів
   *[other] { $count } вбудованого пошукового слова
}
audit-entity-location = Місце
audit-entity-vocabulary = Словник

account-totp-already-on = Другий фактор уже налаштовано. Щоб налаштувати його знову, спочатку вимкніть його своїм паролем.
account-mail-lang = Мова ваших листів
account-lang-saved = Збережено: тепер листи надходитимуть цією мовою, з німецьким текстом нижче.
account-lang-unknown = Будь ласка, виберіть одну із запропонованих мов.
reset-done-title = Пароль збережено
reset-done-sign-in = Ваш новий пароль збережено. Будь ласка, увійдіть — з кодом із застосунку-автентифікатора.
status-defunct = припинена
status-temporarily-closed = тимчасово закрита
error-signed-out = Будь ласка, увійдіть.
account-first-name = Ім'я
account-first-name-hint = Так вас буде показано в історії направлень, поруч із вашою організацією. Якщо залишити порожнім — лише організація.
account-first-name-saved = Збережено.
account-first-name-invalid = Будь ласка, не більше 40 символів і без керівних символів.
