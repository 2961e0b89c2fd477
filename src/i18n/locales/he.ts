import type { Strings } from '../strings.js';

export default {
  lang: 'he',
  dir: 'rtl',
  banner: {
    title: 'אנחנו משתמשים בקובצי Cookie',
    description:
      'קובצי Cookie חיוניים מאפשרים לאתר לפעול. בהסכמתך, נשתמש בקובצי Cookie גם כדי לזכור את ההגדרות שלך, למדוד את התנועה באתר ולהציג מודעות שעשויות לעניין אותך. אפשר לשנות את ההסכמה או לבטל אותה בכל עת דרך הקישור "הגדרות קובצי Cookie" בתחתית הדף.',
    acceptAll: 'אישור הכול',
    rejectAll: 'דחיית הכול',
    preferences: 'הגדרות',
    close: 'המשך בלי הסכמה',
    privacyPolicy: 'מדיניות הפרטיות',
    cookiePolicy: 'מדיניות קובצי Cookie',
  },
  preferences: {
    title: 'הגדרות קובצי Cookie',
    description:
      'אפשר לבחור באילו קובצי Cookie מותר לנו להשתמש. קובצי Cookie חיוניים פעילים תמיד, כי בלעדיהם האתר לא פועל. אפשר לשנות את הבחירה בכל עת.',
    acceptAll: 'אישור הכול',
    rejectAll: 'דחיית הכול',
    save: 'שמירת הבחירות',
    close: 'סגירה',
    alwaysOn: 'פעילים תמיד',
    showDetails: 'הצגת פרטים',
    hideDetails: 'הסתרת פרטים',
    services: 'שירותים',
    provider: 'ספק',
    purpose: 'מטרה',
    country: 'מדינת הנמען',
    privacyPolicy: 'מדיניות הפרטיות',
    optOut: 'התנגדות',
    cookies: 'קובצי Cookie',
    cookieName: 'שם',
    cookieLifetime: 'תוקף',
    cookiePurpose: 'מטרה',
    consentId: 'מזהה הסכמה',
    decisionDate: 'תאריך ההחלטה',
    saved: 'הבחירות שלך נשמרו.',
    gpcHonoured: 'אנחנו מכבדים את אות Global Privacy Control שנשלח מהדפדפן שלך.',
  },
  categories: {
    necessary: {
      title: 'חיוניים',
      description: 'נחוצים לפעולת האתר, למשל לאבטחה או לשמירת הבחירה שלך לגבי קובצי Cookie. אי אפשר לכבות אותם.',
    },
    preferences: {
      title: 'העדפות',
      description: 'זוכרים את ההגדרות שלך, כמו שפה או אזור.',
    },
    analytics: {
      title: 'סטטיסטיקה',
      description: 'עוזרים לנו להבין איך המבקרים משתמשים באתר, כדי שנוכל לשפר אותו.',
    },
    marketing: {
      title: 'שיווק',
      description: 'משמשים להצגת מודעות שעשויות לעניין אותך, גם באתרים אחרים, ולמדידת האפקטיביות שלהן.',
    },
  },
  floatingButton: 'הגדרות קובצי Cookie',
  placeholder: {
    title: 'השירות {service} חסום',
    description: 'השירות {service} (ספק: {provider}) עשוי לשמור קובצי Cookie ולהעביר נתונים. מדינת הנמען: {country}.',
    loadOnce: 'טעינה חד־פעמית',
    alwaysAllow: 'לאפשר תמיד את {service}',
  },
  declaration: {
    title: 'קובצי Cookie באתר הזה',
    empty: 'אין קובצי Cookie בקטגוריה הזו.',
    domain: 'דומיין',
  },
} satisfies Strings;
