# Ежегодная профессиональная конференция (Fachtag): публичная программа, экспорт и страницы координаторов.
conference-nav = Конференция сети
conference-list-title = Fachtag (ежегодная профессиональная конференция сети)
conference-list-intro = Раз в год миграционная консультация встречается со специализированными службами федеральной земли: доклады, панельные дискуссии и воркшопы, на которых вырабатываются точки взаимодействия в совместной работе.
conference-none = Конференция ещё не создана.
conference-german-note = Программа на немецком языке. При регистрации можно попросить устный перевод.
conference-programme = Программа
conference-no-sessions = Пунктов программы пока нет.
conference-parallel = Одновременно, на выбор:
conference-places = { $count ->
    [one] { $count } место
    [few] { $count } места
    [many] { $count } мест
   *[other] { $count } места
}
conference-rooms = Залы и доступность
conference-room = Зал
conference-capacity = Места
conference-access = Доступ
conference-step-free = доступ без ступенек
conference-not-step-free = нет доступа без ступенек
conference-exports = Скачать программу
conference-ics = Файл календаря (.ics) со всеми пунктами программы
conference-frab-xml = Программа для приложений конференций (frab-XML)
conference-frab-json = Программа для приложений конференций (frab-JSON)
conference-kind = Тип
conference-kind-talk = Доклад
conference-kind-panel = Панельная дискуссия
conference-kind-workshop = Воркшоп
conference-kind-break = Перерыв
conference-time = Время
conference-admin-title = Планирование конференции
conference-admin-intro = Создайте конференцию на нужный год – пустую или как копию прошлой с её залами и программой – и ведите залы и пункты программы.
conference-public = Публичная
conference-new = Создать новую конференцию
conference-form-errors = Пожалуйста, проверьте отмеченные поля.
conference-copy-from = Перенести залы и программу из
conference-copy-none = никакой (начать с пустой)
conference-create = Создать конференцию
conference-field-year = Год
conference-field-title = Название
conference-field-day = Дата
conference-field-venue = Место проведения
conference-field-address = Адрес
conference-field-description = Описание
conference-field-capacity = Всего мест (0: ограничено только залами)
conference-field-registration-until = Срок регистрации
conference-field-consent = Текст согласия при регистрации
conference-field-offer-hours = Сколько часов освободившееся место остаётся предложенным
conference-field-delete-after-days = Через сколько дней после конференции удаляются данные участников
conference-field-starts = Начало
conference-field-ends = Конец
conference-field-speakers = Участники программы
conference-speakers-hint = Один человек на строку: имя; должность; организация. Имя можно не указывать.
conference-field-places = Места в воркшопе
conference-places-hint = Оставьте пустым: столько же, сколько в зале.
conference-sessions = Пункты программы
conference-rooms-first = Сначала создайте зал.
conference-new-session = Новый пункт программы
conference-edit-session = Редактировать пункт программы
conference-delete-session = Удалить пункт программы
conference-room-name = Название зала
conference-room-capacity = Места в зале
conference-room-notes = Примечания о доступе
conference-save-room = Сохранить зал
conference-new-room = Новый зал
conference-add-room = Создать зал
conference-event = Сведения о конференции
conference-save = Сохранить
conference-clash-with = В том же зале в то же время:
conference-conflict = На этот год конференция уже есть, или кто-то только что её изменил. Пожалуйста, перезагрузите страницу.
conference-error-required = Пожалуйста, заполните.
conference-error-too-long = Этот текст слишком длинный.
conference-error-control = Этот текст содержит недопустимые управляющие символы.
conference-error-number = Пожалуйста, укажите целое число в допустимом диапазоне.
conference-error-date = Пожалуйста, укажите дату (ГГГГ-ММ-ДД).
conference-error-year = Пожалуйста, укажите год от 2000 до 2100.
conference-error-deadline = Срок регистрации заканчивается после конференции.
conference-error-kind = Пожалуйста, выберите тип.
conference-error-room = Пожалуйста, выберите зал этой конференции.
conference-error-time = Пожалуйста, укажите время (ЧЧ:ММ).
conference-error-ends = Конец не позже начала.
conference-error-speakers = Пожалуйста, укажите не больше двенадцати участников программы, по одному на строку: имя; должность; организация.
conference-error-clash = В этом зале в это же время уже что-то проходит.
conference-register-link = К регистрации
conference-register-title = Регистрация
conference-closed = Регистрация закрыта.
conference-deadline = Срок регистрации: до { $date }
conference-places-left = { $count ->
    [one] ещё { $count } свободное место
    [few] ещё { $count } свободных места
    [many] ещё { $count } свободных мест
   *[other] ещё { $count } свободного места
}
conference-full = Все места заняты. Вы попадёте в лист ожидания; если место освободится, мы предложим его вам по электронной почте.
conference-you = Ваши данные
conference-field-name = Имя
conference-field-email = Адрес электронной почты
conference-field-organisation = Организация
conference-field-postcode = Почтовый индекс организации
conference-postcode-hint = Необязательно. В статистику конференции анонимно попадает только район.
conference-field-role = Должность
conference-colleagues = Зарегистрировать также коллег
conference-colleagues-hint = Те, кто зарегистрирован вместе, получают места вместе или вместе ждут. Каждый человек получает отдельное письмо со своей персональной ссылкой.
conference-colleague = Участник { $number }
conference-workshops = Воркшопы
conference-no-workshop = без воркшопа
conference-workshop-full = мест нет, лист ожидания
conference-questions = Вопросы об участии
conference-field-dietary = Питание: непереносимость или пожелания
conference-field-accessibility = Доступность: что вам нужно
conference-field-interpreting = Устный перевод: какой язык
conference-consent-heading = Согласие
conference-consent-agree = Я прочитал(а) текст и даю согласие.
conference-register = Зарегистрироваться окончательно
conference-registered-already = Этот адрес электронной почты уже зарегистрирован на эту конференцию. Свою регистрацию вы найдёте по ссылке в вашем письме.
conference-error-email = Пожалуйста, укажите действительный адрес электронной почты.
conference-error-email-twice = Этот адрес уже есть в этой регистрации.
conference-error-postcode = Такой почтовый индекс нам неизвестен.
conference-error-workshop = Пожалуйста, выберите воркшоп в это время.
conference-error-consent = Без вашего согласия мы не можем вас зарегистрировать.
conference-personal-title = Ваша регистрация
conference-thanks = Спасибо! Мы отправили вам письмо с этой персональной ссылкой. Сохраните его: по ссылке вы можете изменить свои данные или отменить регистрацию.
conference-state-confirmed = Место гарантировано
conference-state-waiting = Лист ожидания
conference-state-offered = Место предложено
conference-state-cancelled = регистрация отменена
conference-state-expired = Предложение истекло
conference-state-confirmed-text = У вас есть место на конференции.
conference-state-waiting-text = Вы в листе ожидания. Если место освободится, мы предложим его вам по электронной почте.
conference-state-offered-text = Для вас освободилось место. Пожалуйста, примите его по ссылке в письме, пока не истёк срок.
conference-state-cancelled-text = Вы отменили регистрацию. Ваше место получил следующий человек из листа ожидания.
conference-state-expired-text = Срок предложения места истёк. Вы можете зарегистрироваться снова, пока регистрация открыта.
conference-ahead = { $count ->
    [0] Перед вами в очереди никого нет.
    [one] Перед вами в очереди { $count } человек.
    [few] Перед вами в очереди { $count } человека.
    [many] Перед вами в очереди { $count } человек.
   *[other] Перед вами в очереди { $count } человека.
}
conference-checkin-code = Ваш код для входа
conference-checkin-hint = Покажите этот код на входе в день конференции — на телефоне или в распечатанном виде.
conference-my-calendar = Ваша программа в виде файла календаря (.ics)
conference-my-workshops = Ваши воркшопы
conference-change = Изменить данные и воркшопы
conference-cancel = Отменить регистрацию
conference-cancel-hint = Если вы не сможете прийти, пожалуйста, отмените регистрацию, чтобы ваше место получил кто-то из листа ожидания.
conference-cancelled-already = Эта регистрация уже отменена.
conference-offer-title = Есть свободное место
conference-offer-intro = Какое место вам предложено и до какого срока, указано в письме. Хотите его принять?
conference-offer-accept = Принять место
conference-offer-decline = Отказаться
conference-offer-accepted = Место ваше. Код для входа вы найдёте по персональной ссылке вашей регистрации.
conference-offer-declined = Вы отказались. Место получит следующий человек из листа ожидания.
conference-offer-unknown = Эта ссылка неизвестна или уже была использована.
conference-offer-expired = Срок этого предложения истёк; место получил следующий человек.
mail-conference-confirmed-subject = Ваша регистрация на конференцию { $year }: место гарантировано
mail-conference-confirmed-body = Здравствуйте, { $name }!

    Вы зарегистрированы: { $event }, { $date }, { $venue }.

    По своей персональной ссылке вы видите код для входа, можете изменить свои данные и воркшопы или отменить регистрацию:
    { $url }

    Программа приложена в виде файла календаря.
mail-conference-waiting-subject = Ваша регистрация на конференцию { $year }: лист ожидания
mail-conference-waiting-body = Здравствуйте, { $name }!

    На { $event } ({ $date }, { $venue }) все места заняты. Вы в листе ожидания. Если место освободится, мы предложим его вам по электронной почте.

    По своей персональной ссылке вы видите своё место в очереди или можете отменить регистрацию:
    { $url }
mail-conference-offer-subject = Конференция { $year }: для вас освободилось место
mail-conference-offer-body = Здравствуйте, { $name }!

    Для вас освободилось место: { $what }.

    Пожалуйста, примите его до { $until }, иначе оно перейдёт к следующему человеку из листа ожидания:
    { $url }
conference-checkin-title = Вход
conference-checkin-intro = Отсканируйте код с QR-кода или введите его вручную. Каждый код пропускает ровно одного человека один раз. Если сеть ненадолго пропадёт, страница запомнит коды и отправит их, как только соединение восстановится.
conference-checkin-code-label = Код
conference-checkin-submit = Пропустить
conference-checkin-camera = Сканировать камерой
conference-checkin-admitted = Добро пожаловать: { $name } ({ $organisation })
conference-checkin-already = Этот код уже был использован в { $time }.
conference-checkin-unknown = Такого кода для этой конференции нет, или у этого человека нет места.
conference-checkin-queued = Нет соединения: код сохранён и будет отправлен, как только сеть восстановится.
conference-checkin-pending = Ещё не отправлено: %n
conference-checkin-all = Конференция в целом
conference-arrived = Пришли
conference-deletion-on = Данные участников будут удалены { $date }; анонимные показатели сохранятся.
conference-attendees-csv = Список участников (CSV)
conference-error-grade = Пожалуйста, выберите оценку от 1 до 5.
conference-downloads = Списки
conference-attendees-xlsx = Участники и воркшопы (XLSX)
conference-workshops-csv = Списки воркшопов (CSV)
conference-after-title = После конференции
conference-certificate-download = Справка об участии (PDF)
conference-certificate-title = Справка об участии
conference-certificate-intro = { $name } ({ $organisation }) принял(а) участие в мероприятии «{ $event }», которое состоялось { $date } (место проведения: { $venue }). Общая продолжительность посещённых пунктов программы в астрономических часах: { $hours }.
conference-certificate-attended = Посещённые пункты программы
conference-certificate-time = Время
conference-certificate-session = Пункт программы
conference-certificate-hours = Астрономические часы (по 60 минут)
conference-certificate-check = Проверка подлинности
conference-certificate-check-text = Эта справка действительна без подписи. Её подлинность можно подтвердить на странице проверки с помощью кода проверки.
conference-certificate-code = Код проверки
conference-certificate-check-page = Страница проверки
conference-certificate-footer = Справка об участии · { $event } · выдана { $issued }
conference-certificate-check-title = Проверить справку об участии
conference-certificate-check-intro = Введите код проверки, указанный в справке. Мы покажем, кому, за участие в какой конференции и на сколько часов она выдана.
conference-certificate-check-submit = Проверить
conference-certificate-valid = Эта справка подлинная.
conference-certificate-event = Мероприятие
conference-certificate-date = Дата
conference-certificate-name-deleted = Данные участников этой конференции уже удалены, поэтому имя больше не показывается.
conference-certificate-unknown = Справки с таким кодом проверки нет. Пожалуйста, проверьте правильность написания.
conference-feedback-title = Отзыв
conference-feedback-intro = Как вам конференция? Ваш отзыв поможет спланировать следующую.
conference-feedback-give = Оставить отзыв
conference-feedback-thanks = Спасибо за ваш отзыв.
conference-feedback-given = Вы уже оставили отзыв.
conference-feedback-overall = Как вы оцениваете конференцию в целом?
conference-feedback-overall-short = Общая оценка
conference-feedback-useful = Насколько она была полезна для вашей работы?
conference-feedback-comment = Что было хорошо, а что стоит изменить?
conference-feedback-wishes = Какие темы и точки взаимодействия вы хотели бы обсудить в следующем году?
conference-feedback-anonymous = Ваш отзыв сохраняется без вашего имени; никто не сможет связать его с вами.
conference-feedback-submit = Отправить отзыв
conference-feedback-count = { $count ->
    [0] Отзывов пока нет.
    [one] { $count } отзыв
    [few] { $count } отзыва
    [many] { $count } отзывов
   *[other] { $count } отзыва
}
conference-feedback-average = Среднее
conference-feedback-grade = Оценка
conference-grade-1 = 1 – плохо
conference-grade-2 = 2 – скорее плохо
conference-grade-3 = 3 – средне
conference-grade-4 = 4 – хорошо
conference-grade-5 = 5 – очень хорошо
conference-evaluation-title = Итоги
conference-evaluation-intro = Анонимные показатели за все годы и отзывы об этой конференции. Показатели сохраняются и после удаления данных участников.
conference-figures-years = Показатели по годам
conference-figures-registered = Зарегистрировались
conference-figures-confirmed = Получили место
conference-figures-cancelled = Отменили регистрацию
conference-figures-attended = Участвовали
conference-figures-organisations = Организации
conference-figures-districts = Районы
conference-figures-feedback = Отзывы
conference-figures-from = Откуда были зарегистрировавшиеся
conference-figures-none = Нет данных о месте.
conference-figures-district = Район или внерайонный город
conference-figures-count = Количество
mail-conference-reminder-subject = Напоминание: конференция { $year }, { $date }
mail-conference-reminder-body = Здравствуйте, { $name }!

    Уже совсем скоро: { $event }, { $date }, { $venue }, { $address }.

    Ваши воркшопы:
    { $workshops }

    Ваш код для входа: { $code }
    Соответствующий QR-код можно открыть по вашей персональной ссылке из письма с подтверждением. Ваша программа приложена в виде файла календаря.

    Если вы не сможете прийти, пожалуйста, отмените регистрацию по этой же ссылке, чтобы ваше место получил кто-то из листа ожидания.
mail-conference-reminder-no-workshops = нет
conference-error-sheet = Пожалуйста, выбирайте только листы взаимодействия из списка.
conference-results-title = Результаты воркшопа
conference-results-intro = Что выработал воркшоп: заметки, файлы (протокол, фотографии досок с записями, презентации) и листы взаимодействия, которые он пересмотрел. Затем всё это публикуется в программе под этим воркшопом.
conference-results-notes = Заметки
conference-results-sheets = Пересмотренные листы взаимодействия
conference-results-files = Файлы
conference-results-no-files = Файлов пока нет.
conference-results-delete-file = Удалить файл
conference-results-file = Загрузить файл
conference-results-file-hint = PDF, PNG, JPEG или документ Office, не больше
conference-results-file-most = файлов на воркшоп не больше
conference-results-upload = Загрузить
conference-results-revised = Пересмотренные листы взаимодействия:
conference-results-worked-out = Выработано на конференции
conference-file-empty = Пожалуйста, выберите файл.
conference-file-too-large = Файл слишком большой.
conference-file-kind = Такой тип файлов мы не принимаем: пожалуйста, используйте PDF, PNG, JPEG или документ Office.
conference-file-too-many = У этого воркшопа уже максимальное число файлов. Пожалуйста, сначала удалите один.
conference-too-many = С вашего подключения за последний час пришло очень много регистраций. Пожалуйста, попробуйте ещё раз позже.
mail-conference-accepted-subject = Конференция { $year }: ваше место подтверждено
mail-conference-accepted-body = Здравствуйте, { $name }!

    Вы приняли освободившееся место: { $what }.

    { $event }, { $date }, { $venue }.
    Ваш код для входа: { $code }
    Соответствующий QR-код можно открыть по вашей персональной ссылке из первого письма; там же можно изменить свои данные или отменить регистрацию. Ваша программа приложена в виде файла календаря.
