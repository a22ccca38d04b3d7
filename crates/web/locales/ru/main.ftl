## frame
site-name = beratungsnetz
skip-link = Перейти к содержанию
language-name = Русский
language-nav-label = Язык
credit-postcodes = Почтовые индексы: GeoNames, CC BY 4.0
credit-data-model = Модель данных: Human Services Data Specification (Open Referral), CC BY-SA 4.0

## home
home-title = Консультационные службы в Саксонии-Анхальт
home-intro = Здесь вы найдёте консультационные службы в Саксонии-Анхальт: кто помогает, с чем и где.
services-total =
    { $count ->
        [one] { $count } услуга
        [few] { $count } услуги
        [many] { $count } услуг
       *[other] { $count } услуги
    }
services-empty = Пока не внесено ни одной услуги.
page-empty = На этой странице нет записей.
back-to-first-page = На первую страницу
label-organization = Организация
label-town = Город
service-unnamed = Услуга без названия
sample-data-note = Внимание: это демонстрационные данные. Они не описывают реальные услуги.
sample-data-badge = Демо-данные
search-q-label = Что вам нужно?
search-q-hint = Например: долги, беременность, пребывание
search-near-label = Где? (индекс или город)
search-near-me = Рядом со мной
search-submit = Искать
search-form-label = Поиск
browse-title = Помощь по темам

## results
results-title = Результаты поиска
results-count =
    { $count ->
        [one] Найдена { $count } услуга
        [few] Найдено { $count } услуги
        [many] Найдено { $count } услуг
       *[other] Найдено { $count } услуги
    }
results-none = Услуги не найдены. Попробуйте другие слова, больший радиус или меньше фильтров.
place-unknown = Мы не нашли место «{ $place }». Показываем услуги без учёта места.
place-did-you-mean = Возможно, вы имели в виду:
offers-title = Как всё же найти помощь
offer-wider = Искать в радиусе { $radius } км ({ $count })
offer-without-words = Без слов поиска, с теми же фильтрами ({ $count })
offer-remote = Консультация по телефону или видео, откуда угодно ({ $count })
offer-migration = Общая миграционная консультация поблизости – там помогут дальше ({ $count })
results-understood = Искали:
filters-title = Фильтры
filters-active = Выбранные фильтры:
filter-remove = Убрать фильтр
filters-reset = Сбросить все фильтры
filter-any-of = Если отмечено несколько, достаточно одного из них. Число показывает, сколько для этого услуг.
filter-apply = Применить фильтры
filter-need = Помощь в вопросах
filter-kind = Вид услуги
filter-target = Для кого
filter-language = Язык консультации
filter-district = Район или город
filter-flags = Особенности
filter-mode = Формат консультации
filter-open-now = Сейчас открыто
filter-radius = Радиус в километрах
filter-sort = Сортировка
sort-relevance = Лучшие совпадения
sort-distance = Расстояние
sort-name = Название
label-distance = Расстояние
label-languages = Языки
label-cost = Стоимость
cost-free = бесплатно
cost-paid = платно
text-in-german = Текст на немецком

## detail
detail-what = Что предлагается
detail-for-whom = Для кого
detail-needs = Помощь в вопросах
detail-kinds = Вид услуги
detail-hours = Часы работы
hours-day = День
hours-time = Время
hours-none = Часы работы не указаны. Пожалуйста, позвоните.
hours-opens-next = Сейчас закрыто – откроется: { $day }, { $time }
hours-of-building = Для этой услуги не указано собственное время: это часы работы здания. Пожалуйста, сначала позвоните.
hours-of-building-short = часы работы здания
weekday-mo = Понедельник
weekday-tu = Вторник
weekday-we = Среда
weekday-th = Четверг
weekday-fr = Пятница
weekday-sa = Суббота
weekday-su = Воскресенье
detail-address = Адрес
map-app = Открыть в приложении карт
map-osm = Посмотреть на OpenStreetMap
detail-phone = Телефон
detail-accessibility = Доступность
accessibility-yes = доступно без барьеров
accessibility-unknown = Нет данных
detail-verified = Последняя проверка
detail-statewide = Для всей Саксонии-Анхальт
handout-link = Распечатать памятку
handout-title = Памятка
handout-date = По состоянию на:
handout-print = Печать
handout-appointment = Приём:
handout-intro = Эти службы могут вам помочь. Позвоните или приходите.
handout-print-hint = Чтобы распечатать: меню браузера, затем «Печать» (или Ctrl+P).
handout-results-link = Распечатать памятку с этими результатами
back-to-results = Новый поиск

## organization and region
org-services = Услуги этой организации
org-website = Веб-сайт
region-title = Помощь в регионе { $name }
home-regions = Помощь в вашем районе
home-all-services = все услуги по алфавиту
region-more = Больше помощи в регионе { $name }
org-contact = Адрес и контакты
label-email = Эл. почта
region-search = Искать в этом регионе
region-covered = Здесь помогают с
region-missing = Здесь пока нет услуг по
region-missing-hint = По этим темам помогут услуги для всей Саксонии-Анхальт, консультация по телефону или миграционная консультация.

## errors
error-not-found-title = Страница не найдена
error-not-found = Такой страницы нет.
error-bad-request-title = Неверный запрос
error-bad-request = Адрес содержит неверное значение.
error-bad-param = Неверное значение в поле «{ $param }».
error-internal-title = Произошла ошибка
error-internal = Пожалуйста, попробуйте позже.
error-home-link = На главную

## paging
pagination-label = Страницы
pagination-previous = Назад
pagination-next = Далее
pagination-previous-label = Назад к странице { $page }
pagination-next-label = Далее к странице { $page }
pagination-status = Страница { $page } из { $pages }
possibly-outdated = Данные могут быть устаревшими
handout-pdf = Скачать в формате PDF
map-show = Показать карту
map-hide = Скрыть карту
