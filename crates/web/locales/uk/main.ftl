## frame
site-name = beratungsnetz
skip-link = Перейти до змісту
language-name = Українська
language-nav-label = Мова
credit-postcodes = Поштові індекси: GeoNames, CC BY 4.0
credit-data-model = Модель даних: Human Services Data Specification (Open Referral), CC BY-SA 4.0

## home
home-title = Консультаційні служби в Саксонії-Ангальт
home-intro = Тут ви знайдете консультаційні служби в Саксонії-Ангальт: хто допомагає, з чим і де.
services-total =
    { $count ->
        [one] { $count } послуга
        [few] { $count } послуги
        [many] { $count } послуг
       *[other] { $count } послуги
    }
services-empty = Ще не внесено жодної послуги.
page-empty = На цій сторінці немає записів.
back-to-first-page = До першої сторінки
label-organization = Організація
label-town = Місто
service-unnamed = Послуга без назви
sample-data-note = Увага: це демонстраційні дані. Вони не описують реальних послуг.
sample-data-badge = Демо-дані
search-q-label = Що вам потрібно?
search-q-hint = Наприклад: борги, вагітність, перебування
search-near-label = Де? (індекс або місто)
search-near-me = Поруч зі мною
search-submit = Шукати
search-form-label = Пошук
browse-title = Допомога за темою

## results
results-title = Результати пошуку
results-count =
    { $count ->
        [one] Знайдено { $count } послугу
        [few] Знайдено { $count } послуги
        [many] Знайдено { $count } послуг
       *[other] Знайдено { $count } послуги
    }
results-none = Послуг не знайдено. Спробуйте інші слова, більший радіус або менше фільтрів.
place-unknown = Ми не знайшли місце «{ $place }». Показуємо послуги без урахування місця.
place-did-you-mean = Можливо, ви мали на увазі:
offers-title = Як усе ж знайти допомогу
offer-wider = Шукати в радіусі { $radius } км ({ $count })
offer-without-words = Без слів пошуку, з тими самими фільтрами ({ $count })
offer-remote = Консультація телефоном або відео, звідусіль ({ $count })
offer-migration = Загальна міграційна консультація поблизу – там допоможуть далі ({ $count })
results-understood = Шукали:
filters-title = Фільтри
filters-active = Вибрані фільтри:
filter-remove = Прибрати фільтр
filters-reset = Скинути всі фільтри
filter-any-of = Якщо позначено кілька, достатньо одного з них. Число показує, скільки для цього послуг.
filter-apply = Застосувати фільтри
filter-need = Допомога з
filter-kind = Вид послуги
filter-target = Для кого
filter-language = Мова консультації
filter-district = Район або місто
filter-flags = Особливості
filter-mode = Формат консультації
filter-open-now = Зараз відчинено
filter-radius = Радіус у кілометрах
filter-sort = Сортування
sort-relevance = Найкращі збіги
sort-distance = Відстань
sort-name = Назва
label-distance = Відстань
label-languages = Мови
label-cost = Вартість
cost-free = безкоштовно
cost-paid = платно
text-in-german = Текст німецькою

## detail
detail-what = Що пропонується
detail-for-whom = Для кого
detail-needs = Допомога з
detail-kinds = Вид послуги
detail-hours = Години роботи
hours-day = День
hours-time = Час
hours-none = Години роботи не вказані. Будь ласка, зателефонуйте.
hours-opens-next = Зараз зачинено – відчиниться: { $day }, { $time }
hours-of-building = Для цієї послуги не вказано власного часу: це години роботи будівлі. Будь ласка, спершу зателефонуйте.
hours-of-building-short = години роботи будівлі
weekday-mo = Понеділок
weekday-tu = Вівторок
weekday-we = Середа
weekday-th = Четвер
weekday-fr = П'ятниця
weekday-sa = Субота
weekday-su = Неділя
detail-address = Адреса
map-app = Відкрити в застосунку карт
map-osm = Переглянути на OpenStreetMap
detail-phone = Телефон
detail-accessibility = Доступність
accessibility-yes = доступно без бар'єрів
accessibility-unknown = Немає даних
detail-verified = Остання перевірка
detail-statewide = Для всієї Саксонії-Ангальт
handout-link = Надрукувати пам'ятку
handout-title = Пам'ятка
handout-date = Станом на:
handout-print = Друк
handout-appointment = Прийом:
handout-intro = Ці служби можуть вам допомогти. Зателефонуйте або прийдіть.
handout-print-hint = Щоб надрукувати: меню браузера, потім «Друк» (або Ctrl+P).
handout-results-link = Надрукувати пам'ятку з цими результатами
back-to-results = Новий пошук

## organization and region
org-services = Послуги цієї організації
org-website = Вебсайт
region-title = Допомога в регіоні { $name }
home-regions = Допомога у вашому районі
home-all-services = усі послуги за абеткою
region-more = Більше допомоги в регіоні { $name }
org-contact = Адреса та контакти
label-email = Ел. пошта
region-search = Шукати в цьому регіоні
region-covered = Тут допомагають з
region-missing = Тут ще немає послуг щодо
region-missing-hint = З цих питань допоможуть послуги для всієї Саксонії-Ангальт, консультація телефоном або міграційна консультація.

## errors
error-not-found-title = Сторінку не знайдено
error-not-found = Такої сторінки немає.
error-bad-request-title = Неправильний запит
error-bad-request = Адреса містить неправильне значення.
error-bad-param = Неправильне значення в полі «{ $param }».
error-internal-title = Сталася помилка
error-internal = Будь ласка, спробуйте пізніше.
error-home-link = На головну

## paging
pagination-label = Сторінки
pagination-previous = Назад
pagination-next = Далі
pagination-previous-label = Назад до сторінки { $page }
pagination-next-label = Далі до сторінки { $page }
pagination-status = Сторінка { $page } з { $pages }
possibly-outdated = Дані можуть бути застарілими
handout-pdf = Завантажити як PDF
map-show = Показати мапу
map-hide = Сховати мапу
