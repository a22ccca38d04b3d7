# Yıllık uzmanlık toplantısı (Fachtag): herkese açık program, dışa aktarımlar ve koordinatör sayfaları.
conference-nav = Uzmanlık toplantısı
conference-list-title = Fachtag (ağın yıllık uzmanlık toplantısı)
conference-list-intro = Göç danışmanlığı yılda bir kez eyaletin uzman hizmetleriyle bir araya gelir: İşbirliği noktalarının birlikte ayrıntılı olarak belirlendiği sunumlar, paneller ve atölyeler.
conference-none = Henüz bir uzmanlık toplantısı oluşturulmadı.
conference-german-note = Program Almancadır. Kayıt sırasında sözlü tercüme talep edilebilir.
conference-programme = Program
conference-no-sessions = Henüz program maddesi yok.
conference-parallel = Aynı anda, seçmeli:
conference-places = { $count ->
    [one] { $count } yer
   *[other] { $count } yer
}
conference-rooms = Salonlar ve erişilebilirlik
conference-room = Salon
conference-capacity = Yer sayısı
conference-access = Erişim
conference-step-free = basamaksız erişim var
conference-not-step-free = basamaksız erişim yok
conference-exports = Programı indir
conference-ics = Tüm program maddelerini içeren takvim dosyası (.ics)
conference-frab-xml = Konferans uygulamaları için program (frab-XML)
conference-frab-json = Konferans uygulamaları için program (frab-JSON)
conference-kind = Tür
conference-kind-talk = Sunum
conference-kind-panel = Panel
conference-kind-workshop = Atölye
conference-kind-break = Ara
conference-time = Saat
conference-admin-title = Uzmanlık toplantısını planla
conference-admin-intro = Bir yılın uzmanlık toplantısını oluşturun – boş olarak ya da önceki bir toplantının salonları ve programıyla birlikte kopyası olarak – ve salonları ile program maddelerini güncel tutun.
conference-public = Herkese açık
conference-new = Yeni uzmanlık toplantısı oluştur
conference-form-errors = Lütfen işaretli alanları kontrol edin.
conference-copy-from = Salonları ve programı şu toplantıdan al
conference-copy-none = hiçbirinden (boş başla)
conference-create = Uzmanlık toplantısını oluştur
conference-field-year = Yıl
conference-field-title = Başlık
conference-field-day = Tarih
conference-field-venue = Toplantı yeri
conference-field-address = Adres
conference-field-description = Açıklama
conference-field-capacity = Toplam yer sayısı (0: yalnızca salonlarla sınırlı)
conference-field-registration-until = Son kayıt tarihi
conference-field-consent = Kayıt için onay metni
conference-field-offer-hours = Boşalan bir yerin teklif edilmiş olarak kaldığı saat sayısı
conference-field-delete-after-days = Katılımcıların bilgilerinin uzmanlık toplantısından kaç gün sonra silineceği
conference-field-starts = Başlangıç
conference-field-ends = Bitiş
conference-field-speakers = Katkıda bulunanlar
conference-speakers-hint = Her satıra bir kişi: ad; görev; kurum. Ad boş bırakılabilir.
conference-field-places = Atölyedeki yer sayısı
conference-places-hint = Boş bırakın: salondaki kadar.
conference-sessions = Program maddeleri
conference-rooms-first = Lütfen önce bir salon oluşturun.
conference-new-session = Yeni program maddesi
conference-edit-session = Program maddesini düzenle
conference-delete-session = Program maddesini sil
conference-room-name = Salonun adı
conference-room-capacity = Salondaki yer sayısı
conference-room-notes = Erişimle ilgili notlar
conference-save-room = Salonu kaydet
conference-new-room = Yeni salon
conference-add-room = Salon oluştur
conference-event = Uzmanlık toplantısının bilgileri
conference-save = Kaydet
conference-clash-with = Aynı salonda aynı saatte:
conference-conflict = Bu yıl için zaten bir uzmanlık toplantısı var ya da biri onu az önce değiştirdi. Lütfen sayfayı yeniden yükleyin.
conference-error-required = Lütfen doldurun.
conference-error-too-long = Bu metin çok uzun.
conference-error-control = Bu metin izin verilmeyen kontrol karakterleri içeriyor.
conference-error-number = Lütfen izin verilen aralıkta bir tam sayı girin.
conference-error-date = Lütfen bir tarih girin (YYYY-AA-GG).
conference-error-year = Lütfen 2000 ile 2100 arasında bir yıl girin.
conference-error-deadline = Son kayıt tarihi uzmanlık toplantısından sonra.
conference-error-kind = Lütfen bir tür seçin.
conference-error-room = Lütfen bu uzmanlık toplantısının salonlarından birini seçin.
conference-error-time = Lütfen bir saat girin (SS:DD).
conference-error-ends = Bitiş, başlangıçtan sonra değil.
conference-error-speakers = Lütfen en fazla on iki katkıda bulunan girin, her satıra bir kişi: ad; görev; kurum.
conference-error-clash = Bu salonda aynı saatte zaten başka bir etkinlik var.
conference-register-link = Kayıt sayfasına git
conference-register-title = Kayıt
conference-closed = Kayıtlar kapandı.
conference-deadline = Son kayıt tarihi: { $date }
conference-places-left = { $count ->
    [one] { $count } boş yer kaldı
   *[other] { $count } boş yer kaldı
}
conference-full = Tüm yerler doldu. Bekleme listesine alınırsınız; bir yer boşalırsa size e-postayla teklif ederiz.
conference-you = Bilgileriniz
conference-field-name = Ad
conference-field-email = E-posta adresi
conference-field-organisation = Kurum
conference-field-postcode = Kurumun posta kodu
conference-postcode-hint = İsteğe bağlı. Uzmanlık toplantısının istatistiğine yalnızca bağlı olunan ilçe (Landkreis) anonim olarak girer.
conference-field-role = Görev
conference-colleagues = Meslektaşları da kaydet
conference-colleagues-hint = Birlikte kaydedilenler birlikte yer alır ya da birlikte bekler. Her kişi, kişisel bağlantısını içeren ayrı bir e-posta alır.
conference-colleague = Kişi { $number }
conference-workshops = Atölyeler
conference-no-workshop = atölye yok
conference-workshop-full = dolu, bekleme listesi
conference-questions = Katılımla ilgili sorular
conference-field-dietary = Yemek: intoleranslar veya istekler
conference-field-accessibility = Erişilebilirlik: neye ihtiyacınız var
conference-field-interpreting = Sözlü tercüme: hangi dil
conference-consent-heading = Onay
conference-consent-agree = Metni okudum ve onaylıyorum.
conference-register = Kesin olarak kaydol
conference-registered-already = Bu e-posta adresi bu uzmanlık toplantısına zaten kayıtlı. Kaydınıza e-postanızdaki bağlantıyla ulaşabilirsiniz.
conference-error-email = Lütfen geçerli bir e-posta adresi girin.
conference-error-email-twice = Bu adres bu kayıtta zaten var.
conference-error-postcode = Bu posta kodunu tanımıyoruz.
conference-error-workshop = Lütfen bu saatteki atölyelerden birini seçin.
conference-error-consent = Onayınız olmadan sizi kaydedemeyiz.
conference-personal-title = Kaydınız
conference-thanks = Teşekkürler! Size bu kişisel bağlantıyı içeren bir e-posta gönderdik. Lütfen saklayın: Bu bağlantıyla bilgilerinizi değiştirebilir veya kaydınızı iptal edebilirsiniz.
conference-state-confirmed = Yer kesin
conference-state-waiting = Bekleme listesi
conference-state-offered = Yer teklif edildi
conference-state-cancelled = kayıt iptal edildi
conference-state-expired = Teklifin süresi doldu
conference-state-confirmed-text = Uzmanlık toplantısında yeriniz var.
conference-state-waiting-text = Bekleme listesindesiniz. Bir yer boşalırsa size e-postayla teklif ederiz.
conference-state-offered-text = Sizin için bir yer boşaldı. Lütfen süre dolmadan e-postadaki bağlantıyla bu yeri kabul edin.
conference-state-cancelled-text = Kaydınızı iptal ettiniz. Yeriniz bekleme listesindeki bir sonraki kişiye verildi.
conference-state-expired-text = Yer teklifinin süresi doldu. Kayıtlar açık olduğu sürece yeniden kaydolabilirsiniz.
conference-ahead = { $count ->
    [0] Önünüzde bekleyen kimse yok.
    [one] Önünüzde { $count } kişi bekliyor.
   *[other] Önünüzde { $count } kişi bekliyor.
}
conference-checkin-code = Giriş kodunuz
conference-checkin-hint = Bu kodu uzmanlık toplantısı günü girişte telefonunuzda ya da çıktı olarak gösterin.
conference-my-calendar = Takvim dosyası olarak programınız (.ics)
conference-my-workshops = Atölyeleriniz
conference-change = Bilgileri ve atölyeleri değiştir
conference-cancel = Kaydı iptal et
conference-cancel-hint = Gelemeyecekseniz lütfen kaydınızı iptal edin; böylece yeriniz bekleme listesindeki birine geçer.
conference-cancelled-already = Bu kayıt zaten iptal edilmiş.
conference-offer-title = Bir yer boşaldı
conference-offer-intro = Size hangi yerin ve ne zamana kadar teklif edildiği e-postada yazıyor. Bu yeri almak ister misiniz?
conference-offer-accept = Yeri kabul et
conference-offer-decline = Reddet
conference-offer-accepted = Yer artık sizin. Giriş kodunuzu kaydınızın kişisel bağlantısında bulabilirsiniz.
conference-offer-declined = Teklifi reddettiniz. Yer bekleme listesindeki bir sonraki kişiye geçer.
conference-offer-unknown = Bu bağlantı bilinmiyor ya da daha önce kullanılmış.
conference-offer-expired = Bu teklifin süresi doldu; yer bir sonraki kişiye verildi.
mail-conference-confirmed-subject = Uzmanlık toplantısı { $year } kaydınız: yeriniz kesin
mail-conference-confirmed-body = Merhaba { $name },

    Kaydınız alındı: { $event }, { $date }, { $venue }.

    Kişisel bağlantınızla giriş kodunuzu görebilir, bilgilerinizi ve atölyelerinizi değiştirebilir veya kaydınızı iptal edebilirsiniz:
    { $url }

    Program, takvim dosyası olarak ektedir.
mail-conference-waiting-subject = Uzmanlık toplantısı { $year } kaydınız: bekleme listesi
mail-conference-waiting-body = Merhaba { $name },

    { $event } ({ $date }, { $venue }) için tüm yerler doldu. Bekleme listesindesiniz. Bir yer boşalırsa size e-postayla teklif ederiz.

    Kişisel bağlantınızla listede kaçıncı sırada olduğunuzu görebilir veya kaydınızı iptal edebilirsiniz:
    { $url }
mail-conference-offer-subject = Uzmanlık toplantısı { $year }: Sizin için bir yer boşaldı
mail-conference-offer-body = Merhaba { $name },

    Sizin için bir yer boşaldı: { $what }.

    Lütfen bu yeri { $until } tarihine kadar kabul edin; aksi hâlde yer bekleme listesindeki bir sonraki kişiye geçer:
    { $url }
conference-checkin-title = Giriş
conference-checkin-intro = QR kodundaki kodu tarayın ya da yazın. Her kod tam olarak bir kişiyi yalnızca bir kez içeri alır. Ağ kısa süreliğine kesilirse sayfa kodları hatırlar ve bağlantı geri gelir gelmez gönderir.
conference-checkin-code-label = Kod
conference-checkin-submit = İçeri al
conference-checkin-camera = Kamerayla tara
conference-checkin-admitted = Hoş geldiniz: { $name } ({ $organisation })
conference-checkin-already = Bu kod zaten kullanıldı (saat { $time }).
conference-checkin-unknown = Bu uzmanlık toplantısı için böyle bir kod yok ya da bu kişinin yeri yok.
conference-checkin-queued = Bağlantı yok: Kod kaydedildi ve ağ geri gelir gelmez gönderilecek.
conference-checkin-pending = Henüz gönderilmedi: %n
conference-checkin-all = Uzmanlık toplantısının tamamı
conference-arrived = Gelenler
conference-deletion-on = Katılımcıların bilgileri { $date } tarihinde silinir; anonim sayılar kalır.
conference-attendees-csv = Katılımcı listesi (CSV)
conference-error-grade = Lütfen 1 ile 5 arasında bir not seçin.
conference-downloads = Listeler
conference-attendees-xlsx = Katılımcılar ve atölyeler (XLSX)
conference-workshops-csv = Atölye listeleri (CSV)
conference-after-title = Uzmanlık toplantısından sonra
conference-certificate-download = Katılım belgesi (PDF)
conference-certificate-title = Katılım belgesi
conference-certificate-intro = { $name } ({ $organisation }), { $date } tarihinde { $event } etkinliğine katılmıştır (yer: { $venue }). Katıldığı program maddelerinin toplam süresi { $hours } tam saattir (1 saat = 60 dakika).
conference-certificate-attended = Katılınan program maddeleri
conference-certificate-time = Saat
conference-certificate-session = Program maddesi
conference-certificate-hours = Tam saat (1 saat = 60 dakika)
conference-certificate-check = Gerçeklik doğrulaması
conference-certificate-check-text = Bu belge imzasız da geçerlidir. Belgenin gerçek olduğu, doğrulama sayfasında doğrulama kodu ile teyit edilebilir.
conference-certificate-code = Doğrulama kodu
conference-certificate-check-page = Doğrulama sayfası
conference-certificate-footer = Katılım belgesi · { $event } · düzenlenme tarihi: { $issued }
conference-certificate-check-title = Katılım belgesini doğrula
conference-certificate-check-intro = Belgedeki doğrulama kodunu girin. Belgenin kimin adına, hangi uzmanlık toplantısı için ve kaç saatlik olarak düzenlendiğini gösteririz.
conference-certificate-check-submit = Doğrula
conference-certificate-valid = Bu belge gerçektir.
conference-certificate-event = Etkinlik
conference-certificate-date = Tarih
conference-certificate-name-deleted = Bu uzmanlık toplantısının katılımcılarına ait bilgiler bu arada silindi; bu nedenle ad artık gösterilmiyor.
conference-certificate-unknown = Bu doğrulama koduna ait bir belge yok. Lütfen kodun yazımını kontrol edin.
conference-feedback-title = Geri bildirim
conference-feedback-intro = Uzmanlık toplantısı sizin için nasıldı? Geri bildiriminiz bir sonrakini planlamamıza yardımcı olur.
conference-feedback-give = Geri bildirim ver
conference-feedback-thanks = Geri bildiriminiz için teşekkürler.
conference-feedback-given = Zaten geri bildirim verdiniz.
conference-feedback-overall = Uzmanlık toplantısı genel olarak nasıldı?
conference-feedback-overall-short = Genel not
conference-feedback-useful = Çalışmanız için ne kadar yararlıydı?
conference-feedback-comment = Neler iyiydi, neler değişmeli?
conference-feedback-wishes = Gelecek yıl için hangi konuları ve işbirliği noktalarını görmek istersiniz?
conference-feedback-anonymous = Geri bildiriminiz adınız olmadan kaydedilir; kimse onu sizinle ilişkilendiremez.
conference-feedback-submit = Geri bildirimi gönder
conference-feedback-count = { $count ->
    [0] Henüz geri bildirim yok.
    [one] { $count } geri bildirim
   *[other] { $count } geri bildirim
}
conference-feedback-average = Ortalama
conference-feedback-grade = Not
conference-grade-1 = 1 – kötü
conference-grade-2 = 2 – pek iyi değil
conference-grade-3 = 3 – orta
conference-grade-4 = 4 – iyi
conference-grade-5 = 5 – çok iyi
conference-evaluation-title = Değerlendirme
conference-evaluation-intro = Tüm yılların anonim sayıları ve bu uzmanlık toplantısına ait geri bildirimler. Katılımcıların bilgileri silindiğinde de sayılar kalır.
conference-figures-years = Yıllara göre sayılar
conference-figures-registered = Kayıt olan
conference-figures-confirmed = Yeri kesinleşen
conference-figures-cancelled = Kaydını iptal eden
conference-figures-attended = Katılan
conference-figures-organisations = Kurumlar
conference-figures-districts = İlçeler
conference-figures-feedback = Geri bildirimler
conference-figures-from = Kayıt olanlar nereden geldi
conference-figures-none = Yer bilgisi yok.
conference-figures-district = İlçe veya ilçeye bağlı olmayan şehir
conference-figures-count = Sayı
mail-conference-reminder-subject = Hatırlatma: Uzmanlık toplantısı { $year }, { $date }
mail-conference-reminder-body = Merhaba { $name },

    Az kaldı: { $event }, { $date }, { $venue }, { $address }.

    Atölyeleriniz:
    { $workshops }

    Giriş kodunuz: { $code }
    Buna ait QR kodunu, onay e-postasındaki kişisel bağlantınızda görebilirsiniz. Programınız takvim dosyası olarak ektedir.

    Gelemeyecekseniz lütfen aynı bağlantı üzerinden kaydınızı iptal edin; böylece yeriniz bekleme listesindeki birine geçer.
mail-conference-reminder-no-workshops = yok
conference-error-sheet = Lütfen yalnızca listedeki işbirliği föylerini seçin.
conference-results-title = Atölye sonuçları
conference-results-intro = Atölyenin ortaya koydukları: notlar, dosyalar (tutanak, pano fotoğrafları, sunumlar) ve atölyenin gözden geçirdiği işbirliği föyleri. Bunların tümü daha sonra programda atölyenin altında herkese açık olarak yer alır.
conference-results-notes = Notlar
conference-results-sheets = Gözden geçirilen işbirliği föyleri
conference-results-files = Dosyalar
conference-results-no-files = Henüz dosya yok.
conference-results-delete-file = Dosyayı sil
conference-results-file = Dosya yükle
conference-results-file-hint = PDF, PNG, JPEG veya Office belgesi, en fazla
conference-results-file-most = atölye başına dosya sayısı en fazla
conference-results-upload = Yükle
conference-results-revised = Gözden geçirilen işbirliği föyleri:
conference-results-worked-out = Uzmanlık toplantısında üzerinde çalışıldı
conference-file-empty = Lütfen bir dosya seçin.
conference-file-too-large = Dosya çok büyük.
conference-file-kind = Bu tür dosyaları kabul etmiyoruz: Lütfen PDF, PNG, JPEG veya bir Office belgesi kullanın.
conference-file-too-many = Bu atölye izin verilen en fazla dosya sayısına zaten ulaştı. Lütfen önce birini silin.
conference-too-many = Son bir saat içinde bağlantınızdan çok fazla kayıt geldi. Lütfen daha sonra tekrar deneyin.
mail-conference-accepted-subject = Uzmanlık toplantısı { $year }: Yeriniz onaylandı
mail-conference-accepted-body = Merhaba { $name },

    Boş yeri kabul ettiniz: { $what }.

    { $event }, { $date }, { $venue }.
    Giriş kodunuz: { $code }
    Buna ait QR kodunu, ilk e-postanızdaki kişisel bağlantınızda görebilirsiniz; orada bilgilerinizi değiştirebilir veya kaydınızı iptal edebilirsiniz. Programınız takvim dosyası olarak ektedir.
