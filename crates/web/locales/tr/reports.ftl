report-nav = Hizmet boşlukları
report-gaps-title = Yardımın eksik olduğu yerler
report-gaps-intro = Saksonya-Anhalt'ta insanların en yakın uygun hizmete ne kadar uzakta yaşadığı ve onlara kaç hizmet düştüğü – ihtiyaca, hizmet türüne ve dile göre. Yalnızca telefonla, görüntülü veya eyalet genelinde sunulan hizmetler ayrıca sayılır.
report-need = İhtiyaç veya hizmet türü
report-needs = İhtiyaçlar
report-kinds = Hizmet türleri
report-language = Dil
report-any-language = herhangi bir dil
report-beyond = Uzaklık
report-catchment = Endeksin etki alanı
report-show = Göster
report-worst = En büyük boşluklar
report-no-gaps = Boşluk yok: Herkes her ihtiyaç için bu uzaklık içinde uygun bir hizmete ulaşabiliyor.
report-gap-sentence = { $district }, { $need }: İnsanların { $share } kadarı ({ $people } kişi) en yakın uygun hizmete { $km } km'den daha uzakta yaşıyor. En yakın alternatif: { $nearest }, { $distance }.
report-gap-none = { $district }, { $need }: Yeri belli olan uygun hizmet yok; insanların { $share } kadarı ({ $people } kişi) { $km } km içinde hiçbir hizmete ulaşamıyor.
report-remote = { $count ->
    [0] Telefonla, görüntülü veya eyalet genelinde sunulan uygun hizmet yok.
    [one] Ayrıca telefonla, görüntülü veya eyalet genelinde sunulan { $count } uygun hizmet var (haritada gösterilmez).
   *[other] Ayrıca telefonla, görüntülü veya eyalet genelinde sunulan { $count } uygun hizmet var (haritada gösterilmez).
}
report-map-caption = Her nokta bir yerleşim yeridir; renk endeksi gösterir: erişim mesafesindeki 100.000 kişi başına uygun hizmet sayısı. İlçelere göre aynı rakamlar tabloda yer alır.
report-class-0 = erişim mesafesinde hizmet yok
report-class-1 = 100.000 kişi başına en çok 2
report-class-2 = 100.000 kişi başına en çok 5
report-class-3 = 100.000 kişi başına en çok 10
report-class-4 = 100.000 kişi başına 10'dan fazla
report-districts = İlçelere ve ilçeye bağlı olmayan şehirlere göre
report-district = İlçe veya şehir
report-population = Nüfus
report-inside = İlçedeki hizmetler
report-beyond-share = Daha uzakta yaşayanların oranı
report-index = 100.000 kişi başına endeks
report-nearest = İlçe merkezine en yakın hizmet
report-none = yok
report-gap = Boşluk
report-method = Endeks, genişletilmiş iki aşamalı kayan etki alanı yöntemiyle (E2SFCA), etki alanı boyunca Gauss tipi azalmayla hesaplanır; bir ilçenin nüfusu, ilçedeki yerleşim yerlerine eşit olarak dağıtılmıştır.
report-source = Nüfus:
