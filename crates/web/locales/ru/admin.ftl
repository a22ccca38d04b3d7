# Signed-in area (/verwaltung), sign-in, invitations, password reset, e-mails.

error-refused-title = Невозможно
error-csrf = Срок действия формы истёк, или она отправлена не с этой страницы. Пожалуйста, обновите страницу и отправьте форму ещё раз. Ничего не изменено.
error-form-too-large = Форма слишком большая (не более 64 KB). Ничего не изменено.
error-form-type = Пожалуйста, отправляйте форму через страницу. Ничего не изменено.
error-not-yours = Эта запись принадлежит другой организации. Вы можете редактировать только записи своей организации. Ничего не изменено.
error-coordinators-only = Эта страница доступна только координации сети.
error-edit-conflict = Кто-то другой тем временем изменил эту запись. Пожалуйста, обновите страницу и внесите своё изменение ещё раз. Ничего не изменено.

login-title = Вход
login-intro = Для организаций, консультантов и координации сети.
login-submit = Войти
login-forgot = Забыли пароль?
login-failed = Неверный адрес электронной почты или пароль.
login-locked = Слишком много неудачных попыток. Пожалуйста, подождите 15 минут или сбросьте пароль.
sign-out = Выйти
field-email = Адрес электронной почты
field-password = Пароль
field-new-password = Новый пароль
field-password-repeat = Повторите пароль
password-rule = Не менее 10 символов. Хороший пароль — это фраза, которую вы легко запомните.
password-save = Сохранить пароль
password-too-short = Пароль слишком короткий: нужно не менее 10 символов.
password-too-long = Пароль слишком длинный: не более 256 символов.
password-mismatch = Пароли не совпадают.

forgot-title = Забыли пароль
forgot-intro = Введите адрес электронной почты. Если для него есть учётная запись, мы отправим вам ссылку для установки нового пароля. Ссылка действительна один час.
forgot-submit = Отправить ссылку
reset-sent-title = Письмо отправлено
reset-sent = Если для этого адреса есть учётная запись, письмо со ссылкой уже в пути. Ссылка действительна один час.
reset-title = Новый пароль
reset-intro = Новый пароль для

invite-title = Принять приглашение
invite-intro = Вы приглашены по адресу
invite-existing-account = У вас уже есть учётная запись. Примите приглашение и войдите как обычно.
invite-accept = Принять приглашение
invite-accepted-title = Приглашение принято
invite-accepted = Новая роль добавлена в вашу учётную запись. Пожалуйста, войдите.

token-unknown-title = Недействительная ссылка
token-unknown = Эта ссылка нам неизвестна. Пожалуйста, проверьте, полностью ли она скопирована.
token-expired-title = Срок действия ссылки истёк
token-expired = Срок действия этой ссылки истёк. Пожалуйста, запросите новую.
token-used-title = Ссылка уже использована
token-used = Эта ссылка уже использована. Войдите или запросите новую.

admin-nav-label = Управление
admin-home = Управление
admin-roles = Ваши роли
admin-no-roles = пока нет
admin-own-organizations = Ваши организации
admin-all-organizations = Все организации
admin-filter-organizations = Найти организацию
admin-organization-count = { $count ->
    [one] { $count } организация
    [few] { $count } организации
    [many] { $count } организаций
   *[other] { $count } организации
}
admin-to-search = К поиску
admin-services = Услуги
admin-actions = Действия
admin-organization-details = Сведения об организации
role-coordinator = Координация
role-editor = Редакция
role-counsellor = Консультирование

service-edit-title = Редактировать услугу
service-section-what = Что
service-section-contact = Контакты
service-section-access = Стоимость и доступ
field-name = Название
field-alternate-name = Краткое название
field-description = Описание
field-status = Статус
field-phone = Телефон
field-url = Веб-сайт
field-fees = Стоимость (описание)
field-application = Как получить помощь
field-eligibility = Условия
field-role = Роль
required = Обязательное поле
status-active = активна
status-inactive = приостановлена
hours-hint = Одна строка на каждый день недели и промежуток времени. Пустые строки не учитываются.
hours-opens = с
hours-closes = до
hours-mode = Формат
hours-note = Примечание
save = Сохранить
saved = Сохранено. Поиск покажет изменение через секунду.
form-has-errors = Пожалуйста, проверьте отмеченные поля. Ничего не сохранено.
field-required = Пожалуйста, заполните.
field-too-long = Слишком длинный текст.
field-one-line = Пожалуйста, в одну строку.
field-control-chars = Содержит недопустимые управляющие символы.
field-email-invalid = Недействительный адрес электронной почты.
field-url-invalid = Пожалуйста, укажите адрес, начинающийся с https://.
field-phone-invalid = Пожалуйста, только цифры, пробелы и + - / ( ).
field-choice-invalid = Такого варианта нет.
field-invalid = Это значение не соответствует формату обмена данными (HSDS).
field-time-invalid = Пожалуйста, укажите время в формате 09:30.
field-time-order = Окончание должно быть позже начала.
field-too-many = Слишком много строк.
field-organization-required = Пожалуйста, выберите организацию (для ролей «Редакция» и «Консультирование»).
label-district = Район / внерайонный город

freshness-title = Актуальность
freshness-intro = { $count ->
    [one] { $count } запись не подтверждалась более шести месяцев.
    [few] { $count } записи не подтверждались более шести месяцев.
    [many] { $count } записей не подтверждались более шести месяцев.
   *[other] { $count } записи не подтверждались более шести месяцев.
}
freshness-by-organization = По организациям
freshness-by-district = По районам
freshness-entries = Записи
freshness-verified = Последнее подтверждение
freshness-state = Состояние
freshness-current = актуально
freshness-due = пора напомнить
freshness-outdated = возможно, устарело
freshness-no-district = по всей Саксонии-Анхальт / без места
confirm-still-correct = Всё ещё верно

invitations-title = Приглашения
invitation-send = Отправить приглашение
invitation-mail-lang = Язык писем
invitation-mail-lang-hint = Приглашение и последующие письма приходят на этом языке, с немецким текстом ниже.
invitation-sent = Приглашение отправлено на адрес
invitation-organization-hint = Для ролей «Редакция» и «Консультирование»: организация, в которой работает человек.
accounts-title = Учётные записи
account-access = Доступ
role-remove = Отозвать роль
account-disable = Заблокировать
account-enable = Разблокировать
account-disabled = Заблокирован
error-own-account = Собственную учётную запись и собственную роль координатора здесь отозвать нельзя.
org-editors-title = Кто редактирует данные этой организации

audit-title = Журнал изменений
audit-actor = Пользователь (эл. почта)
audit-entity = Тип
audit-entity-service = Услуга
audit-entity-organization = Организация
audit-entity-account = Учётная запись
audit-entity-id = Идентификатор
audit-from = с
audit-to = по
audit-when = Когда
audit-what = Что
audit-changes = Изменения
audit-empty = Записей нет.

outbox-title = Исходящие
outbox-new-link = Создать ссылку для передачи
outbox-new-link-hint = Ссылка не хранится в базе данных. Новая заменяет предыдущую.
outbox-link-not-yours = Ссылку для сброса пароля видит только её владелец.
outbox-link-gone = Эта ссылка уже использована или истекла.
outbox-intro = SMTP-сервер не настроен: письма сохраняются здесь, а не отправляются.
outbox-empty = Писем нет.
outbox-to = Кому

mail-reset-subject = beratungsnetz: новый пароль
mail-reset-body = Здравствуйте!

    Вы (или кто-то другой) запросили новый пароль для beratungsnetz. По этой ссылке вы можете его установить, она действительна один час:

    { $link }

    Если вы ничего не запрашивали, просто не обращайте внимания на это письмо.
mail-invite-subject = Приглашение в beratungsnetz
mail-invite-body = Здравствуйте!

    { $inviter } приглашает вас в beratungsnetz — справочник консультационной сети — в роли: { $role }.

    По этой ссылке вы можете принять приглашение и установить пароль. Ссылка действительна семь дней:

    { $link }
mail-reminder-subject = Пожалуйста, проверьте: записи организации { $organization }
mail-reminder-body = Здравствуйте!

    Эти записи организации { $organization } не подтверждались более шести месяцев. Пожалуйста, проверьте их и нажмите «Всё ещё верно» или исправьте то, что больше не соответствует действительности. Через двенадцать месяцев поиск будет показывать их как возможно устаревшие.

    { $list }
    Войти: { $url }/anmelden

location-edit-title = Редактировать место
location-section-address = Адрес
location-section-access = Доступность
location-coordinates-hint = Положение на карте определяется по почтовому индексу.
location-access-hint = Одна строка на каждую особенность, например «Rollstuhlgerechter Zugang» (доступ для инвалидных колясок), «Aufzug vorhanden» (есть лифт) или «Eingang nur über Stufen» (вход только по ступенькам). По этим строкам поиск определяет признак «без барьеров».
access-description = Особенность
access-details = Подробности
field-street = Улица и номер дома
field-postal-code = Почтовый индекс
field-city = Город
field-plz-unknown = Такого почтового индекса нет.
back-to-organization = Назад к организации
admin-locations = Места
admin-new-service = Новая услуга
admin-new-location = Новое место
admin-new-organization = Добавить новую организацию
admin-create = Создать
field-locations = Места, где оказывается услуга
error-name-required = Пожалуйста, укажите название (не более 200 символов). Ничего не создано.

account-title = Моя учётная запись
account-totp = Второй фактор
account-totp-is-on = Для входа, помимо пароля, требуется код из вашего приложения-аутентификатора.
account-totp-is-off = Для входа требуется только пароль. Второй фактор — код из приложения-аутентификатора (например, FreeOTP, Aegis, Google Authenticator) — дополнительно защищает вашу учётную запись.
account-totp-start = Настроить второй фактор
account-totp-scan = Отсканируйте этот QR-код приложением-аутентификатором и введите показанный код.
account-totp-qr = QR-код для приложения-аутентификатора
account-totp-manual = Или введите этот ключ вручную:
account-totp-confirm = Настроить
account-totp-off = Отключить второй фактор
account-totp-on-now = Второй фактор настроен.
account-totp-off-now = Второй фактор отключён.
account-password = Изменить пароль
account-current-password = Текущий пароль
account-wrong-password = Текущий пароль неверен. Ничего не изменено.
field-code = Код из приложения (6 цифр)
login-code-title = Введите код
login-code-intro = Ваша учётная запись защищена вторым фактором. Введите код из приложения-аутентификатора.
login-code-wrong = Неверный код. Пожалуйста, введите текущий код.

vocabulary-title = Словарь
vocabulary-intro = Потребности, виды услуг и целевые группы с их названиями на семи языках. Поиск понимает каждое слово, привязанное здесь к термину, на любом языке — даже для записей без собственных ключевых слов. Добавленные слова сразу действуют на всех серверах.
vocabulary-term = Термин
vocabulary-labels = Названия
vocabulary-words = Поисковые слова
vocabulary-word = Новое поисковое слово
vocabulary-word-hint = Слово или короткая фраза на любом языке — так, как их вводят люди, ищущие консультацию (не более 60 символов).
vocabulary-add = Добавить поисковое слово
vocabulary-remove = Удалить
vocabulary-builtin = { $count ->
    [one] { $count } встроенное поисковое слово
    [few] { $count } встроенных поисковых слова
    [many] { $count } встроенных поисковых слов
   *[other] { $count } встроенного поискового слова
}
audit-entity-location = Место
audit-entity-vocabulary = Словарь

account-totp-already-on = Второй фактор уже настроен. Чтобы настроить его заново, сначала отключите его своим паролем.
account-mail-lang = Язык ваших писем
account-lang-saved = Сохранено: теперь письма будут приходить на этом языке, с немецким текстом ниже.
account-lang-unknown = Пожалуйста, выберите один из предложенных языков.
reset-done-title = Пароль сохранён
reset-done-sign-in = Ваш новый пароль сохранён. Пожалуйста, войдите — с кодом из приложения-аутентификатора.
status-defunct = прекращена
status-temporarily-closed = временно закрыта
error-signed-out = Пожалуйста, войдите.
account-first-name = Имя
account-first-name-hint = Так вы будете отображаться в истории направлений рядом с вашей организацией. Если оставить пустым — только организация.
account-first-name-saved = Сохранено.
account-first-name-invalid = Пожалуйста, не более 40 символов и без управляющих символов.
