# Подбор услуг (Fallkonstellation): несколько потребностей сразу.
match-title = Подбор услуг: несколько потребностей сразу
match-intro = Выберите потребности клиента, место и то, что ему нужно. Для каждой потребности вы увидите подходящие услуги поблизости, почему они подходят и почему та или иная услуга поблизости не подходит.
match-needs = Помощь по вопросам
match-near = Место (индекс или город)
match-radius = Радиус
match-languages = Языки клиента
match-languages-hint = Коды языков через запятую, например ar, fa.
match-age = Возраст
match-constraints = Что нужно клиенту
match-free = только бесплатные услуги
match-barrier-free = доступ без барьеров
match-remote = также по телефону или видеосвязи
match-stored-nothing = О клиенте ничего не сохраняется: данные есть только в адресе этой страницы.
match-submit = Найти подходящие услуги
match-needs-needed = Пожалуйста, выберите хотя бы одну потребность.
match-place-needed = Пожалуйста, укажите место.
match-answer = Подходящие услуги рядом с
match-handout = Памятка по всем потребностям
match-several = Услуги сразу по нескольким потребностям
match-fits = Подходит
match-left-out = Не подходят, с причиной
match-nothing = В радиусе { $km } км ничего не подходит.
match-nearest = Ближайший вариант
match-why-need = помогает по вопросу «{ $need }»
match-why-language = язык: { $language }
match-why-near = на расстоянии { $km }
match-why-statewide = по всей Саксонии-Анхальт
match-why-remote = по телефону или видеосвязи
match-why-also = помогает также по вопросам: { $needs }
match-why-not-language = ни на одном из языков клиента
match-why-not-age = возрастное ограничение: { $ages }
match-ages-from = с { $min } лет
match-ages-to = до { $max } лет
match-ages-range = { $min }–{ $max } лет
match-why-not-free = платно
match-why-not-barrier-free = нет доступа без барьеров
match-why-capacity = { $n ->
    [one] { $n } свободное место
    [few] { $n } свободных места
   *[other] { $n } свободных мест
}
match-why-not-full = сейчас нет свободных мест
match-why-not-far = на расстоянии { $km }, за пределами радиуса
match-nav = Подбор услуг
match-situation = Ситуация своими словами (по желанию)
match-situation-hint = На любом из семи языков, напр. «у меня нет денег на еду»: названные потребности будут отмечены. Без имён.
