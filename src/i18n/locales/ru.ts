import type { Strings } from '../strings.js';

export default {
  lang: 'ru',
  dir: 'ltr',
  banner: {
    title: 'Мы используем файлы cookie',
    description:
      'Необходимые файлы cookie обеспечивают работу сайта. С вашего согласия мы также используем файлы cookie, чтобы запоминать ваши настройки, измерять посещаемость и показывать рекламу, которая может вас заинтересовать. Вы можете в любой момент изменить или отозвать согласие по ссылке «Настройки cookie» внизу страницы.',
    acceptAll: 'Принять все',
    rejectAll: 'Отклонить все',
    preferences: 'Настройки',
    close: 'Продолжить без согласия',
    privacyPolicy: 'Политика конфиденциальности',
    cookiePolicy: 'Политика в отношении файлов cookie',
  },
  preferences: {
    title: 'Настройки cookie',
    description:
      'Выберите, какие файлы cookie мы можем использовать. Необходимые файлы cookie всегда включены, потому что без них сайт не работает. Вы можете изменить свой выбор в любой момент.',
    acceptAll: 'Принять все',
    rejectAll: 'Отклонить все',
    save: 'Сохранить выбор',
    close: 'Закрыть',
    alwaysOn: 'Всегда включены',
    showDetails: 'Показать подробности',
    hideDetails: 'Скрыть подробности',
    services: 'Сервисы',
    provider: 'Поставщик',
    purpose: 'Цель',
    country: 'Страна получателя',
    privacyPolicy: 'Политика конфиденциальности',
    optOut: 'Возражение',
    cookies: 'Файлы cookie',
    cookieName: 'Название',
    cookieLifetime: 'Срок хранения',
    cookiePurpose: 'Цель',
    consentId: 'ID согласия',
    decisionDate: 'Дата решения',
    saved: 'Ваш выбор сохранён.',
    gpcHonoured: 'Мы учитываем сигнал Global Privacy Control вашего браузера.',
  },
  categories: {
    necessary: {
      title: 'Необходимые',
      description:
        'Нужны для работы сайта, например для безопасности или сохранения вашего выбора в отношении файлов cookie. Их нельзя отключить.',
    },
    preferences: {
      title: 'Функциональные',
      description: 'Запоминают ваши настройки, например язык или регион.',
    },
    analytics: {
      title: 'Аналитические',
      description: 'Помогают нам понять, как посетители пользуются сайтом, чтобы мы могли его улучшать.',
    },
    marketing: {
      title: 'Маркетинговые',
      description:
        'Используются, чтобы показывать рекламу, которая может вас заинтересовать, в том числе на других сайтах, и измерять её эффективность.',
    },
  },
  floatingButton: 'Настройки cookie',
  placeholder: {
    title: 'Сервис {service} заблокирован',
    description:
      'Сервис {service} (поставщик: {provider}) может сохранять файлы cookie и передавать данные. Страна получателя: {country}.',
    loadOnce: 'Загрузить один раз',
    alwaysAllow: 'Всегда разрешать {service}',
  },
  declaration: {
    title: 'Файлы cookie на этом сайте',
    empty: 'В этой категории нет файлов cookie.',
    domain: 'Домен',
  },
} satisfies Strings;
