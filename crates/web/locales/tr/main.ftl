## frame
site-name = beratungsnetz
skip-link = İçeriğe geç
language-name = Türkçe
language-nav-label = Dil
credit-postcodes = Posta kodları: GeoNames, CC BY 4.0
credit-data-model = Veri modeli: Human Services Data Specification (Open Referral), CC BY-SA 4.0

## home
home-title = Saksonya-Anhalt'ta danışmanlık hizmetleri
home-intro = Saksonya-Anhalt'taki danışmanlık hizmetlerini burada bulursunuz: kim, neyle ve nerede yardım ediyor.
services-total =
    { $count ->
       *[other] { $count } hizmet
    }
services-empty = Henüz kayıtlı hizmet yok.
page-empty = Bu sayfada kayıt yok.
back-to-first-page = İlk sayfaya
label-organization = Kurum
label-town = Yer
service-unnamed = Adsız hizmet
sample-data-note = Not: Bu kayıtlar örnek verilerdir. Gerçek hizmetleri tanımlamazlar.
sample-data-badge = Örnek veri
search-q-label = Neye ihtiyacınız var?
search-q-hint = Örneğin: borçlar, hamilelik, oturum
search-near-label = Nerede? (posta kodu veya yer)
search-near-me = Yakınımda
search-submit = Ara
search-form-label = Arama
browse-title = Konuya göre yardım

## results
results-title = Arama sonuçları
results-count =
    { $count ->
       *[other] { $count } hizmet bulundu
    }
results-none = Hiç hizmet bulunamadı. Başka kelimelerle arayın, arama alanını genişletin ya da bazı filtreleri kaldırın.
place-unknown = “{ $place }” adlı yeri bulamadık. Hizmetleri yer bilgisini dikkate almadan gösteriyoruz.
place-did-you-mean = Bunu mu demek istediniz:
offers-title = Yine de yardım bulmanın yolları
offer-wider = { $radius } km çevrede ara ({ $count })
offer-without-words = Arama kelimeleri olmadan, aynı filtrelerle ({ $count })
offer-remote = Her yerden telefonla veya görüntülü danışmanlık ({ $count })
offer-migration = Yakındaki genel göç danışmanlığı – size yol gösterirler ({ $count })
results-understood = Aranan:
filters-title = Filtreler
filters-active = Seçilen filtreler:
filter-remove = Filtreyi kaldır
filters-reset = Tüm filtreleri sıfırla
filter-any-of = Birden fazla seçerseniz, hizmetin bunlardan birine uyması yeterlidir. Sayı, her seçenek için kaç hizmet olduğunu gösterir.
filter-apply = Filtreleri uygula
filter-need = Yardım konuları
filter-kind = Hizmet türü
filter-target = Kimler için
filter-language = Danışmanlık dili
filter-district = İlçe veya şehir
filter-flags = Özellikler
filter-mode = Danışmanlık şekli
filter-open-now = Şu anda açık
filter-radius = Arama yarıçapı (km)
filter-sort = Sıralama
sort-relevance = En uygun
sort-distance = Uzaklık
sort-name = Ad
label-distance = Uzaklık
label-languages = Diller
label-cost = Ücret
cost-free = ücretsiz
cost-paid = ücretli
text-in-german = Bu metin Almancadır

## detail
detail-what = Neler sunuyoruz
detail-for-whom = Kimler için
detail-needs = Yardım konuları
detail-kinds = Hizmet türü
detail-hours = Görüşme saatleri
hours-day = Gün
hours-time = Saat
hours-none = Görüşme saatleri belirtilmemiş. Lütfen telefonla sorun.
hours-opens-next = Şu an kapalı – açılış: { $day }, saat { $time }
hours-of-building = Bu hizmet için ayrı saat belirtilmemiş: bunlar binanın çalışma saatleridir. Lütfen önce arayın.
hours-of-building-short = binanın çalışma saatleri
weekday-mo = Pazartesi
weekday-tu = Salı
weekday-we = Çarşamba
weekday-th = Perşembe
weekday-fr = Cuma
weekday-sa = Cumartesi
weekday-su = Pazar
detail-address = Adres
map-app = Harita uygulamasında aç
map-osm = OpenStreetMap'te gör
detail-phone = Telefon
detail-accessibility = Erişilebilirlik
accessibility-yes = engelsiz erişim
accessibility-unknown = Bilgi yok
detail-verified = Son kontrol
detail-statewide = Tüm Saksonya-Anhalt için
handout-link = Bilgi notunu yazdır
handout-title = Bilgi notu
handout-date = Tarih:
handout-print = Yazdır
handout-appointment = Randevu:
handout-intro = Bu hizmetler size yardımcı olabilir. Telefon edin ya da doğrudan gidin.
handout-print-hint = Yazdırmak için: tarayıcı menüsü, sonra “Yazdır” (veya Ctrl+P).
handout-results-link = Bu sonuçlar için bilgi notu yazdır
back-to-results = Yeni arama

## organization and region
org-services = Bu kurumun hizmetleri
org-website = İnternet sitesi
region-title = { $name } bölgesinde yardım
home-regions = Bölgenizde yardım
home-all-services = tüm hizmetler A’dan Z’ye
region-more = { $name } bölgesinde daha fazla yardım
org-contact = Adres ve iletişim
label-email = E-posta
region-search = Bu bölgede ara
region-covered = Burada yardım alınabilecek konular
region-missing = Burada henüz hizmet olmayan konular
region-missing-hint = Bu konularda eyalet çapındaki hizmetler, telefonla danışmanlık veya göç danışmanlığı yardımcı olur.

## errors
error-not-found-title = Sayfa bulunamadı
error-not-found = Bu sayfa mevcut değil.
error-bad-request-title = Geçersiz istek
error-bad-request = Adres geçersiz bir değer içeriyor.
error-bad-param = “{ $param }” alanında geçersiz değer.
error-internal-title = Bir hata oluştu
error-internal = Lütfen daha sonra tekrar deneyin.
error-home-link = Ana sayfaya

## paging
pagination-label = Sayfalar
pagination-previous = Önceki
pagination-next = Sonraki
pagination-previous-label = Önceki: { $page }. sayfa
pagination-next-label = Sonraki: { $page }. sayfa
pagination-status = Sayfa { $page } / { $pages }
possibly-outdated = Bilgiler güncel olmayabilir
handout-pdf = PDF olarak indir
map-show = Haritayı göster
map-hide = Haritayı gizle
