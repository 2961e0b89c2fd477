import type { Strings } from '../strings.js';

export default {
  lang: 'zh',
  dir: 'ltr',
  banner: {
    title: '我们使用 Cookie',
    description:
      '必要的 Cookie 用于保障本网站正常运行。经您同意后，我们还会使用 Cookie 记住您的设置、统计访问量，并展示您可能感兴趣的广告。您可以随时通过页面底部的“Cookie 设置”链接更改或撤回同意。',
    acceptAll: '全部接受',
    rejectAll: '全部拒绝',
    preferences: '设置',
    close: '不接受并继续',
    privacyPolicy: '隐私政策',
    cookiePolicy: 'Cookie 政策',
  },
  preferences: {
    title: 'Cookie 设置',
    description:
      '请选择允许我们使用哪些 Cookie。必要的 Cookie 始终开启，因为没有它们网站无法运行。您可以随时更改选择。',
    acceptAll: '全部接受',
    rejectAll: '全部拒绝',
    save: '保存选择',
    close: '关闭',
    alwaysOn: '始终开启',
    showDetails: '显示详情',
    hideDetails: '隐藏详情',
    services: '服务',
    provider: '提供方',
    purpose: '用途',
    country: '接收方所在国家/地区',
    privacyPolicy: '隐私政策',
    optOut: '选择退出',
    cookies: 'Cookie',
    cookieName: '名称',
    cookieLifetime: '有效期',
    cookiePurpose: '用途',
    consentId: '同意 ID',
    decisionDate: '选择日期',
    saved: '您的选择已保存。',
    gpcHonoured: '我们遵循您的浏览器发出的 Global Privacy Control 信号。',
  },
  categories: {
    necessary: {
      title: '必要',
      description: '网站运行所必需，例如用于安全保护或保存您的 Cookie 选择。无法关闭。',
    },
    preferences: {
      title: '偏好',
      description: '记住您的设置，例如语言或地区。',
    },
    analytics: {
      title: '统计分析',
      description: '帮助我们了解访客如何使用网站，以便加以改进。',
    },
    marketing: {
      title: '营销',
      description: '用于展示您可能感兴趣的广告（包括在其他网站上），并衡量广告效果。',
    },
  },
  floatingButton: 'Cookie 设置',
  placeholder: {
    title: '{service} 已被屏蔽',
    description: '{service}（提供方：{provider}）可能会设置 Cookie 并传输数据。接收方所在国家/地区：{country}',
    loadOnce: '仅加载一次',
    alwaysAllow: '始终允许 {service}',
  },
  declaration: {
    title: '本网站使用的 Cookie',
    empty: '此类别中没有 Cookie。',
    domain: '域名',
  },
} satisfies Strings;
