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
freshness-no-district = по всій землі / без місця
confirm-still-correct = Досі правильно

invitations-title = Запрошення
invitation-send = Надіслати запрошення
invitation-sent = Запрошення надіслано на адресу
invitation-organization-hint = Для ролей «Редакція» та «Консультування»: організація, у якій працює людина.
accounts-title = Облікові записи

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
