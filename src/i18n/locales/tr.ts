import type { Strings } from '../strings.js';

export default {
  lang: 'tr',
  dir: 'ltr',
  banner: {
    title: 'Çerez kullanıyoruz',
    description:
      'Zorunlu çerezler sitenin çalışmasını sağlar. Onayınızla, ayarlarınızı hatırlamak, ziyaretçi trafiğini ölçmek ve ilginizi çekebilecek reklamlar göstermek için de çerez kullanırız. Onayınızı dilediğiniz zaman sayfanın altındaki “Çerez ayarları” bağlantısından değiştirebilir veya geri çekebilirsiniz.',
    acceptAll: 'Tümünü kabul et',
    rejectAll: 'Tümünü reddet',
    preferences: 'Ayarlar',
    close: 'Kabul etmeden devam et',
    privacyPolicy: 'Gizlilik politikası',
    cookiePolicy: 'Çerez politikası',
    changed:
      'Son ziyaretinizden bu yana hizmet ekledik veya verilerin gittiği yeri değiştirdik, bu yüzden yeniden soruyoruz.',
  },
  preferences: {
    title: 'Çerez ayarları',
    description:
      'Hangi çerezleri kullanabileceğimizi seçin. Zorunlu çerezler her zaman açıktır, çünkü site onlar olmadan çalışmaz. Seçiminizi dilediğiniz zaman değiştirebilirsiniz.',
    acceptAll: 'Tümünü kabul et',
    rejectAll: 'Tümünü reddet',
    save: 'Seçimi kaydet',
    close: 'Kapat',
    alwaysOn: 'Her zaman açık',
    showDetails: 'Ayrıntıları göster',
    hideDetails: 'Ayrıntıları gizle',
    services: 'Hizmetler',
    provider: 'Sağlayıcı',
    purpose: 'Amaç',
    country: 'Alıcı ülke',
    privacyPolicy: 'Gizlilik politikası',
    optOut: 'İtiraz',
    cookies: 'Çerezler',
    cookieName: 'Ad',
    cookieLifetime: 'Süre',
    cookiePurpose: 'Amaç',
    consentId: 'Onay kimliği',
    decisionDate: 'Karar tarihi',
    saved: 'Seçiminiz kaydedildi.',
    gpcHonoured: 'Tarayıcınızın Global Privacy Control sinyaline uyuyoruz.',
  },
  categories: {
    necessary: {
      title: 'Zorunlu',
      description:
        'Sitenin çalışması için gereklidir; örneğin güvenlik veya çerez tercihinizin saklanması için. Kapatılamaz.',
    },
    preferences: {
      title: 'Tercihler',
      description: 'Dil veya bölge gibi ayarlarınızı hatırlar.',
    },
    analytics: {
      title: 'Analitik',
      description: 'Ziyaretçilerin siteyi nasıl kullandığını anlamamıza ve siteyi geliştirmemize yardımcı olur.',
    },
    marketing: {
      title: 'Pazarlama',
      description:
        'İlginizi çekebilecek reklamları başka sitelerde de göstermek ve etkinliklerini ölçmek için kullanılır.',
    },
  },
  floatingButton: 'Çerez ayarları',
  placeholder: {
    title: '{service} hizmeti engellendi',
    description:
      '{service} hizmeti (sağlayıcı: {provider}) çerez kaydedebilir ve veri aktarabilir. Alıcı ülke: {country}.',
    loadOnce: 'Bir kez yükle',
    alwaysAllow: '{service} hizmetine her zaman izin ver',
  },
  declaration: {
    title: 'Bu sitedeki çerezler',
    empty: 'Bu kategoride çerez yok.',
    domain: 'Alan adı',
    status: 'Mevcut seçiminiz',
    allowed: 'İzin verildi',
    denied: 'İzin verilmedi',
    undecided: 'Henüz bir seçim yapmadınız. Gerekli çerezler dışında her şey siz izin verene kadar kapalıdır.',
    withdraw: 'Onayı geri çek',
    withdrawn: 'Onay geri çekildi. Artık yalnızca gerekli çerezler kullanılıyor.',
    session: 'Tarayıcı kapanana kadar',
    firstParty: 'Birinci taraf çerezi',
    thirdParty: 'Üçüncü taraf çerezi ({domain})',
    localStorage: 'Yerel depolama',
    sessionStorage: 'Oturum depolaması',
    type: 'Tür',
    cookiesOf: '{service} çerezleri ve depolaması',
    noServices: 'Bu kategoride hiçbir hizmet kullanılmıyor.',
  },
} satisfies Strings;
