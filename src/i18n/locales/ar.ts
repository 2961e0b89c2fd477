import type { Strings } from '../strings.js';

export default {
  lang: 'ar',
  dir: 'rtl',
  banner: {
    title: 'نستخدم ملفات تعريف الارتباط',
    description:
      'تضمن ملفات تعريف الارتباط الضرورية عمل هذا الموقع. وبموافقتك، نستخدم أيضًا ملفات تعريف الارتباط لتذكّر إعداداتك وقياس عدد الزيارات وعرض إعلانات قد تهمّك. يمكنك تغيير موافقتك أو سحبها في أي وقت عبر رابط «إعدادات ملفات تعريف الارتباط» أسفل الصفحة.',
    acceptAll: 'قبول الكل',
    rejectAll: 'رفض الكل',
    preferences: 'الإعدادات',
    close: 'المتابعة دون موافقة',
    privacyPolicy: 'سياسة الخصوصية',
    cookiePolicy: 'سياسة ملفات تعريف الارتباط',
  },
  preferences: {
    title: 'إعدادات ملفات تعريف الارتباط',
    description:
      'اختر ملفات تعريف الارتباط التي يمكننا استخدامها. الملفات الضرورية مفعّلة دائمًا لأن الموقع لا يعمل بدونها. يمكنك تغيير اختيارك في أي وقت.',
    acceptAll: 'قبول الكل',
    rejectAll: 'رفض الكل',
    save: 'حفظ الاختيارات',
    close: 'إغلاق',
    alwaysOn: 'مفعّلة دائمًا',
    showDetails: 'عرض التفاصيل',
    hideDetails: 'إخفاء التفاصيل',
    services: 'الخدمات',
    provider: 'المزوّد',
    purpose: 'الغرض',
    country: 'بلد المستلم',
    privacyPolicy: 'سياسة الخصوصية',
    optOut: 'الاعتراض',
    cookies: 'ملفات تعريف الارتباط',
    cookieName: 'الاسم',
    cookieLifetime: 'مدة الصلاحية',
    cookiePurpose: 'الغرض',
    consentId: 'معرّف الموافقة',
    decisionDate: 'تاريخ القرار',
    saved: 'تم حفظ اختياراتك.',
    gpcHonoured: 'نحترم إشارة Global Privacy Control التي يرسلها متصفحك.',
  },
  categories: {
    necessary: {
      title: 'الضرورية',
      description: 'لازمة لعمل الموقع، مثلًا للأمان أو لحفظ اختيارك بشأن ملفات تعريف الارتباط. لا يمكن إيقافها.',
    },
    preferences: {
      title: 'التفضيلات',
      description: 'تتذكّر إعداداتك، مثل اللغة أو المنطقة.',
    },
    analytics: {
      title: 'التحليلات',
      description: 'تساعدنا على فهم كيفية استخدام الزوار للموقع حتى نتمكن من تحسينه.',
    },
    marketing: {
      title: 'التسويق',
      description: 'تُستخدم لعرض إعلانات قد تهمّك، حتى على مواقع أخرى، ولقياس مدى فعاليتها.',
    },
  },
  floatingButton: 'إعدادات ملفات تعريف الارتباط',
  placeholder: {
    title: 'تم حظر {service}',
    description:
      'قد تحفظ خدمة {service} المقدَّمة من {provider} ملفات تعريف الارتباط وترسل البيانات. بلد المستلم: {country}.',
    loadOnce: 'تحميل مرة واحدة',
    alwaysAllow: 'السماح دائمًا بخدمة {service}',
  },
  declaration: {
    title: 'ملفات تعريف الارتباط على هذا الموقع',
    empty: 'لا توجد ملفات تعريف ارتباط في هذه الفئة.',
    domain: 'النطاق',
  },
} satisfies Strings;
