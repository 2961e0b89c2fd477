import type { Strings } from '../strings.js';

export default {
  lang: 'ja',
  dir: 'ltr',
  banner: {
    title: 'Cookieの使用について',
    description:
      '必須のCookieは、このサイトの動作に必要です。お客様の同意をいただいた場合に限り、設定の保存、アクセスの計測、関心に合った広告の表示のためにもCookieを使用します。同意は、ページ下部の「Cookie設定」リンクからいつでも変更または撤回できます。',
    acceptAll: 'すべて同意する',
    rejectAll: 'すべて拒否する',
    preferences: '設定',
    close: '同意せずに続ける',
    privacyPolicy: 'プライバシーポリシー',
    cookiePolicy: 'Cookieポリシー',
  },
  preferences: {
    title: 'Cookie設定',
    description:
      '使用を許可するCookieを選択してください。必須のCookieはサイトの動作に欠かせないため、常に有効です。選択はいつでも変更できます。',
    acceptAll: 'すべて同意する',
    rejectAll: 'すべて拒否する',
    save: '選択を保存',
    close: '閉じる',
    alwaysOn: '常に有効',
    showDetails: '詳細を表示',
    hideDetails: '詳細を非表示',
    services: 'サービス',
    provider: '提供者',
    purpose: '目的',
    country: 'データの移転先',
    privacyPolicy: 'プライバシーポリシー',
    optOut: 'オプトアウト',
    cookies: 'Cookie',
    cookieName: '名前',
    cookieLifetime: '有効期間',
    cookiePurpose: '目的',
    consentId: '同意ID',
    decisionDate: '選択日',
    saved: '選択を保存しました。',
    gpcHonoured: 'お使いのブラウザのGlobal Privacy Control信号に従っています。',
  },
  categories: {
    necessary: {
      title: '必須',
      description: 'セキュリティやCookieに関する選択の保存など、サイトの動作に必要です。無効にすることはできません。',
    },
    preferences: {
      title: '機能性',
      description: '言語や地域などの設定を記憶します。',
    },
    analytics: {
      title: '分析',
      description: '訪問者によるサイトの利用状況を把握し、サイトを改善するために使用します。',
    },
    marketing: {
      title: 'マーケティング',
      description: '関心に合った広告を他のサイトでも表示し、その効果を測定するために使用します。',
    },
  },
  floatingButton: 'Cookie設定',
  placeholder: {
    title: '{service}はブロックされています',
    description:
      '{service}（提供者：{provider}）はCookieを保存し、データを送信する場合があります。データの移転先：{country}',
    loadOnce: '今回のみ読み込む',
    alwaysAllow: '{service}を常に許可',
  },
  declaration: {
    title: 'このサイトで使用しているCookie',
    empty: 'このカテゴリにCookieはありません。',
    domain: 'ドメイン',
  },
} satisfies Strings;
