import type { Strings } from '../strings.js';

export default {
  lang: 'uk',
  dir: 'ltr',
  banner: {
    title: 'Ми використовуємо файли cookie',
    description:
      'Необхідні файли cookie забезпечують роботу сайту. За вашою згодою ми також використовуємо файли cookie, щоб запам’ятовувати ваші налаштування, вимірювати відвідуваність і показувати рекламу, яка може вас зацікавити. Ви можете будь-коли змінити або відкликати свою згоду за посиланням «Налаштування cookie» внизу сторінки.',
    acceptAll: 'Прийняти всі',
    rejectAll: 'Відхилити всі',
    preferences: 'Налаштування',
    close: 'Продовжити без згоди',
    privacyPolicy: 'Політика конфіденційності',
    cookiePolicy: 'Політика щодо файлів cookie',
  },
  preferences: {
    title: 'Налаштування cookie',
    description:
      'Виберіть, які файли cookie ми можемо використовувати. Необхідні файли cookie завжди увімкнені, бо без них сайт не працює. Ви можете будь-коли змінити свій вибір.',
    acceptAll: 'Прийняти всі',
    rejectAll: 'Відхилити всі',
    save: 'Зберегти вибір',
    close: 'Закрити',
    alwaysOn: 'Завжди увімкнені',
    showDetails: 'Показати подробиці',
    hideDetails: 'Сховати подробиці',
    services: 'Сервіси',
    provider: 'Постачальник',
    purpose: 'Мета',
    country: 'Країна одержувача',
    privacyPolicy: 'Політика конфіденційності',
    optOut: 'Заперечення',
    cookies: 'Файли cookie',
    cookieName: 'Назва',
    cookieLifetime: 'Термін дії',
    cookiePurpose: 'Мета',
    consentId: 'ID згоди',
    decisionDate: 'Дата рішення',
    saved: 'Ваш вибір збережено.',
    gpcHonoured: 'Ми враховуємо сигнал Global Privacy Control вашого браузера.',
  },
  categories: {
    necessary: {
      title: 'Необхідні',
      description:
        'Потрібні для роботи сайту, наприклад для безпеки або збереження вашого вибору щодо файлів cookie. Їх не можна вимкнути.',
    },
    preferences: {
      title: 'Функціональні',
      description: 'Запам’ятовують ваші налаштування, як-от мову чи регіон.',
    },
    analytics: {
      title: 'Аналітичні',
      description: 'Допомагають нам зрозуміти, як відвідувачі користуються сайтом, щоб ми могли його покращувати.',
    },
    marketing: {
      title: 'Маркетингові',
      description:
        'Використовуються, щоб показувати рекламу, яка може вас зацікавити, зокрема на інших сайтах, і вимірювати її ефективність.',
    },
  },
  floatingButton: 'Налаштування cookie',
  placeholder: {
    title: 'Сервіс {service} заблоковано',
    description:
      'Сервіс {service} (постачальник: {provider}) може зберігати файли cookie й передавати дані. Країна одержувача: {country}.',
    loadOnce: 'Завантажити один раз',
    alwaysAllow: 'Завжди дозволяти {service}',
  },
  declaration: {
    title: 'Файли cookie на цьому сайті',
    empty: 'У цій категорії немає файлів cookie.',
    domain: 'Домен',
  },
} satisfies Strings;
