# Signed-in area (/verwaltung), sign-in, invitations, password reset, e-mails.

error-refused-title = Mümkün değil
error-csrf = Formun süresi dolmuş ya da form bu sayfadan gönderilmemiş. Lütfen sayfayı yeniden yükleyin ve formu tekrar gönderin. Hiçbir şey değiştirilmedi.
error-form-too-large = Form çok büyük (en fazla 64 KB). Hiçbir şey değiştirilmedi.
error-form-type = Lütfen formu sayfa üzerinden gönderin. Hiçbir şey değiştirilmedi.
error-not-yours = Bu kayıt başka bir kuruma ait. Yalnızca kendi kurumunuzun kayıtlarını düzenleyebilirsiniz. Hiçbir şey değiştirilmedi.
error-coordinators-only = Bu sayfa yalnızca ağın koordinasyon ekibi içindir.
error-edit-conflict = Bu kaydı bu arada başka biri değiştirdi. Lütfen sayfayı yeniden yükleyin ve değişikliğinizi tekrar girin. Hiçbir şey değiştirilmedi.

login-title = Giriş yap
login-intro = Kurumlar, danışmanlar ve ağın koordinasyon ekibi için.
login-submit = Giriş yap
login-forgot = Şifrenizi mi unuttunuz?
login-failed = E-posta adresi veya şifre yanlış.
login-locked = Çok fazla başarısız deneme. Lütfen 15 dakika bekleyin veya şifrenizi sıfırlayın.
sign-out = Çıkış yap
field-email = E-posta adresi
field-password = Şifre
field-new-password = Yeni şifre
field-password-repeat = Şifreyi tekrarlayın
password-rule = En az 10 karakter. Aklınızda tutabileceğiniz bir cümle iyi bir şifredir.
password-save = Şifreyi kaydet
password-too-short = Şifre çok kısa: en az 10 karakter olmalı.
password-too-long = Şifre çok uzun: en fazla 256 karakter olabilir.
password-mismatch = İki şifre birbiriyle eşleşmiyor.

forgot-title = Şifremi unuttum
forgot-intro = E-posta adresinizi girin. Bu adrese ait bir hesap varsa, yeni bir şifre belirlemeniz için size bir bağlantı göndeririz. Bağlantı bir saat geçerlidir.
forgot-submit = Bağlantı gönder
reset-sent-title = E-posta yolda
reset-sent = Bu adrese ait bir hesap varsa, bağlantı içeren bir e-posta yolda. Bağlantı bir saat geçerlidir.
reset-title = Yeni şifre
reset-intro = Yeni şifre belirlenecek adres:

invite-title = Daveti kabul et
invite-intro = Davet edildiğiniz adres:
invite-existing-account = Zaten bir hesabınız var. Daveti kabul edin ve her zamanki gibi giriş yapın.
invite-accept = Daveti kabul et
invite-accepted-title = Davet kabul edildi
invite-accepted = Yeni rol hesabınıza eklendi. Lütfen giriş yapın.

token-unknown-title = Geçersiz bağlantı
token-unknown = Bu bağlantıyı tanımıyoruz. Lütfen bağlantının eksiksiz kopyalanıp kopyalanmadığını kontrol edin.
token-expired-title = Bağlantının süresi doldu
token-expired = Bu bağlantının süresi doldu. Lütfen yeni bir bağlantı isteyin.
token-used-title = Bağlantı zaten kullanıldı
token-used = Bu bağlantı zaten kullanıldı. Giriş yapın veya yeni bir bağlantı isteyin.

admin-nav-label = Yönetim
admin-home = Yönetim
admin-roles = Rolleriniz
admin-no-roles = henüz yok
admin-own-organizations = Kurumlarınız
admin-all-organizations = Tüm kurumlar
admin-filter-organizations = Kurum ara
admin-organization-count = { $count ->
    [one] { $count } kurum
   *[other] { $count } kurum
}
admin-to-search = Aramaya git
admin-services = Hizmetler
admin-actions = İşlemler
admin-organization-details = Kurum bilgileri
role-coordinator = Koordinasyon
role-editor = Editörlük
role-counsellor = Danışmanlık

service-edit-title = Hizmeti düzenle
service-section-what = Ne
service-section-contact = İletişim
service-section-access = Ücret ve erişim
field-name = Ad
field-alternate-name = Kısa ad
field-description = Açıklama
field-status = Durum
field-phone = Telefon
field-url = İnternet sitesi
field-fees = Ücret (açıklama)
field-application = Nasıl yardım alınır
field-eligibility = Koşullar
field-role = Rol
required = Zorunlu alan
status-active = aktif
status-inactive = askıda
hours-hint = Her gün ve zaman aralığı için bir satır. Boş satırlar dikkate alınmaz.
hours-opens = başlangıç
hours-closes = bitiş
hours-mode = Görüşme şekli
hours-note = Not
save = Kaydet
saved = Kaydedildi. Arama, değişikliği bir saniye içinde gösterecek.
form-has-errors = Lütfen işaretli alanları kontrol edin. Hiçbir şey kaydedilmedi.
field-required = Lütfen doldurun.
field-too-long = Çok uzun.
field-one-line = Lütfen tek satırda yazın.
field-control-chars = İzin verilmeyen kontrol karakterleri içeriyor.
field-email-invalid = Geçerli bir e-posta adresi değil.
field-url-invalid = Lütfen https:// ile başlayan bir adres girin.
field-phone-invalid = Lütfen yalnızca rakam, boşluk ve + - / ( ) kullanın.
field-choice-invalid = Böyle bir seçenek yok.
field-invalid = Bu değer veri değişim biçimine (HSDS) uymuyor.
field-time-invalid = Lütfen 09:30 gibi bir saat girin.
field-time-order = Bitiş, başlangıçtan sonra olmalı.
field-too-many = Çok fazla satır.
field-organization-required = Lütfen bir kurum seçin (Editörlük ve Danışmanlık rolleri için).
label-district = İlçe / ilçeye bağlı olmayan şehir

freshness-title = Güncellik
freshness-intro = { $count ->
    [one] { $count } kayıt altı aydan uzun süredir onaylanmadı.
   *[other] { $count } kayıt altı aydan uzun süredir onaylanmadı.
}
freshness-by-organization = Kuruma göre
freshness-by-district = İlçeye göre
freshness-entries = Kayıtlar
freshness-verified = Son onay
freshness-state = Durum
freshness-current = güncel
freshness-due = hatırlatma zamanı
freshness-outdated = güncel olmayabilir
freshness-no-district = eyalet genelinde / yer yok
confirm-still-correct = Hâlâ doğru

invitations-title = Davetler
invitation-send = Davet gönder
invitation-mail-lang = E-postaların dili
invitation-mail-lang-hint = Davet ve sonraki e-postalar bu dilde, altında Almanca metinle gelir.
invitation-sent = Davet gönderildi:
invitation-organization-hint = Editörlük ve Danışmanlık rolleri için: kişinin çalıştığı kurum.
accounts-title = Hesaplar
account-access = Erişim
role-remove = Rolü geri al
account-disable = Devre dışı bırak
account-enable = Yeniden etkinleştir
account-disabled = Devre dışı
error-own-account = Kendi hesabınızı veya kendi koordinasyon rolünüzü burada geri alamazsınız.
org-editors-title = Bu kurumun bilgilerini kimler düzenliyor

audit-title = İşlem günlüğü
audit-actor = Kişi (e-posta)
audit-entity = Tür
audit-entity-service = Hizmet
audit-entity-organization = Kurum
audit-entity-account = Hesap
audit-entity-id = Tanımlayıcı
audit-from = başlangıç
audit-to = bitiş
audit-when = Ne zaman
audit-what = Ne
audit-changes = Değişiklikler
audit-empty = Kayıt yok.

outbox-title = Giden kutusu
outbox-new-link = İletmek için bağlantı oluştur
outbox-new-link-hint = Bağlantı veritabanında saklanmaz. Yenisi öncekinin yerini alır.
outbox-link-not-yours = Şifre sıfırlama bağlantısını yalnızca bağlantının sahibi görebilir.
outbox-link-gone = Bu bağlantı kullanılmış veya süresi dolmuş.
outbox-intro = SMTP sunucusu ayarlanmamış: e-postalar gönderilmek yerine burada saklanıyor.
outbox-empty = E-posta yok.
outbox-to = Alıcı

mail-reset-subject = beratungsnetz: yeni şifre
mail-reset-body = Merhaba,

    Siz (veya başka biri) beratungsnetz için yeni bir şifre istediniz. Bu bağlantıyla şifrenizi belirleyebilirsiniz; bağlantı bir saat geçerlidir:

    { $link }

    Böyle bir istekte bulunmadıysanız bu e-postayı dikkate almayabilirsiniz.
mail-invite-subject = beratungsnetz daveti
mail-invite-body = Merhaba,

    { $inviter } sizi danışmanlık ağının rehberi olan beratungsnetz'e şu rolle davet ediyor: { $role }.

    Bu bağlantıyla daveti kabul eder ve şifrenizi belirlersiniz. Bağlantı yedi gün geçerlidir:

    { $link }
mail-reminder-subject = Lütfen kontrol edin: { $organization } kayıtları
mail-reminder-body = Merhaba,

    { $organization } kurumuna ait bu kayıtlar altı aydan uzun süredir onaylanmadı. Lütfen kayıtları kontrol edin ve “Hâlâ doğru” düğmesine tıklayın ya da artık doğru olmayan bilgileri değiştirin. On iki ay sonra arama bu kayıtları “güncel olmayabilir” olarak gösterir.

    { $list }
    Giriş: { $url }/anmelden

location-edit-title = Konumu düzenle
location-section-address = Adres
location-section-access = Erişilebilirlik
location-coordinates-hint = Konumun haritadaki yeri posta kodundan belirlenir.
location-access-hint = Her özellik için bir satır, örneğin “Rollstuhlgerechter Zugang” (tekerlekli sandalyeye uygun giriş), “Aufzug vorhanden” (asansör var) veya “Eingang nur über Stufen” (giriş yalnızca basamaklarla). Arama bu satırlardan “engelsiz erişim” özelliğini çıkarır.
access-description = Özellik
access-details = Ayrıntılar
field-street = Sokak ve kapı numarası
field-postal-code = Posta kodu
field-city = Yer
field-plz-unknown = Böyle bir posta kodu yok.
back-to-organization = Kuruma geri dön
admin-locations = Konumlar
admin-new-service = Yeni hizmet
admin-new-location = Yeni konum
admin-new-organization = Yeni kurum ekle
admin-create = Oluştur
field-locations = Hizmetin sunulduğu konumlar
error-name-required = Lütfen bir ad girin (en fazla 200 karakter). Hiçbir şey oluşturulmadı.

account-title = Hesabım
account-totp = İkinci faktör
account-totp-is-on = Giriş için şifrenin yanı sıra kimlik doğrulama uygulamanızdan bir kod gerekir.
account-totp-is-off = Giriş için yalnızca şifre gerekir. İkinci faktörle, bir kimlik doğrulama uygulamasından (ör. FreeOTP, Aegis, Google Authenticator) alınan bir kod hesabınızı ek olarak korur.
account-totp-start = İkinci faktörü kur
account-totp-scan = Bu QR kodunu kimlik doğrulama uygulamanızla tarayın ve gösterilen kodu girin.
account-totp-qr = Kimlik doğrulama uygulaması için QR kodu
account-totp-manual = Ya da bu anahtarı elle girin:
account-totp-confirm = Kur
account-totp-off = İkinci faktörü kapat
account-totp-on-now = İkinci faktör kuruldu.
account-totp-off-now = İkinci faktör kapatıldı.
account-password = Şifreyi değiştir
account-current-password = Mevcut şifre
account-wrong-password = Mevcut şifre yanlış. Hiçbir şey değiştirilmedi.
field-code = Uygulamadaki kod (6 haneli)
login-code-title = Kodu girin
login-code-intro = Hesabınız ikinci bir faktörle korunuyor. Kimlik doğrulama uygulamanızdaki kodu girin.
login-code-wrong = Kod yanlış. Lütfen güncel kodu girin.

vocabulary-title = Sözlük
vocabulary-intro = İhtiyaçlar, hizmet türleri ve hedef gruplar, yedi dildeki adlarıyla. Arama, burada bir terime atanmış her kelimeyi her dilde anlar – kendi anahtar kelimeleri olmayan kayıtlar için de. Eklenen kelimeler tüm sunucularda hemen geçerli olur.
vocabulary-term = Terim
vocabulary-labels = Adlar
vocabulary-words = Arama kelimeleri
vocabulary-word = Yeni arama kelimesi
vocabulary-word-hint = Danışmanlık arayan kişilerin yazdığı şekliyle, herhangi bir dilde bir kelime veya kısa bir ifade (en fazla 60 karakter).
vocabulary-add = Arama kelimesi ekle
vocabulary-remove = Kaldır
vocabulary-builtin = { $count ->
    [one] { $count } yerleşik arama kelimesi
   *[other] { $count } yerleşik arama kelimesi
}
audit-entity-location = Konum
audit-entity-vocabulary = Sözlük

account-totp-already-on = İkinci faktör zaten kurulu. Yeniden kurmak için önce şifrenizle kapatın.
account-mail-lang = E-postalarınızın dili
account-lang-saved = Kaydedildi: e-postalarınız artık bu dilde, altında Almanca metinle gelecek.
account-lang-unknown = Lütfen sunulan dillerden birini seçin.
reset-done-title = Şifre kaydedildi
reset-done-sign-in = Yeni şifreniz kaydedildi. Lütfen giriş yapın – kimlik doğrulama uygulamanızdaki kodla.
status-defunct = sona erdi
status-temporarily-closed = geçici olarak kapalı
error-signed-out = Lütfen giriş yapın.
account-first-name = Ad
account-first-name-hint = Yönlendirmelerin sürecinde, kurumunuzun yanında bu şekilde görünürsünüz. Boş bırakırsanız: yalnızca kurum.
account-first-name-saved = Kaydedildi.
account-first-name-invalid = Lütfen en fazla 40 karakter girin, kontrol karakteri kullanmadan.
