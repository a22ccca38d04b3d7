# Підбір послуг (Fallkonstellation): кілька потреб одночасно.
match-title = Підбір послуг: кілька потреб одночасно
match-intro = Виберіть потреби особи, місце і те, що їй потрібно. Для кожної потреби ви побачите відповідні послуги поблизу, чому вони підходять і чому певна послуга поблизу не підходить.
match-needs = Допомога з питань
match-near = Місце (індекс або місто)
match-radius = Радіус
match-languages = Мови особи
match-languages-hint = Коди мов через кому, наприклад ar, fa.
match-age = Вік
match-constraints = Що потрібно особі
match-free = лише безкоштовні послуги
match-barrier-free = доступ без бар'єрів
match-remote = також телефоном або відеозв'язком
match-stored-nothing = Про особу нічого не зберігається: дані є лише в адресі цієї сторінки.
match-submit = Знайти відповідні послуги
match-needs-needed = Будь ласка, виберіть принаймні одну потребу.
match-place-needed = Будь ласка, вкажіть місце.
match-answer = Відповідні послуги поблизу
match-handout = Пам'ятка для всіх потреб
match-several = Послуги одразу для кількох потреб
match-fits = Підходить
match-left-out = Не підходять, із причиною
match-nothing = У радіусі { $km } км нічого не підходить.
match-nearest = Найближчий варіант
match-why-need = допомагає з питання «{ $need }»
match-why-language = мова: { $language }
match-why-near = на відстані { $km }
match-why-statewide = по всій Саксонії-Ангальт
match-why-remote = телефоном або відеозв'язком
match-why-also = допомагає також з питань: { $needs }
match-why-not-language = жодною з мов особи
match-why-not-age = вікове обмеження: { $ages }
match-ages-from = від { $min } років
match-ages-to = до { $max } років
match-ages-range = { $min }–{ $max } років
match-why-not-free = платно
match-why-not-barrier-free = немає доступу без бар'єрів
match-why-capacity = { $n ->
    [one] { $n } вільне місце
    [few] { $n } вільні місця
   *[other] { $n } вільних місць
}
match-why-not-full = зараз немає вільних місць
match-why-not-far = на відстані { $km }, поза радіусом
match-nav = Підбір послуг
match-situation = Ситуація своїми словами (за бажанням)
match-situation-hint = Будь-якою з семи мов, напр. «відключають світло»: названі потреби буде позначено. Без імен.
