import type { Strings } from '../strings.js';

export default {
  lang: 'pt',
  dir: 'ltr',
  banner: {
    title: 'Utilizamos cookies',
    description:
      'Os cookies necessários permitem que este site funcione. Com o seu consentimento, utilizamos também cookies para memorizar as suas definições, medir o tráfego e mostrar publicidade que lhe possa interessar. Pode alterar ou retirar o seu consentimento a qualquer momento através da ligação «Definições de cookies» no fundo da página.',
    acceptAll: 'Aceitar tudo',
    rejectAll: 'Rejeitar tudo',
    preferences: 'Personalizar',
    close: 'Continuar sem aceitar',
    privacyPolicy: 'Política de privacidade',
    cookiePolicy: 'Política de cookies',
    changed:
      'Desde a sua última visita adicionámos serviços ou mudámos o destino dos dados, por isso perguntamos de novo.',
  },
  preferences: {
    title: 'Definições de cookies',
    description:
      'Escolha os cookies que podemos utilizar. Os cookies necessários estão sempre ativos, porque o site não funciona sem eles. Pode alterar a sua escolha a qualquer momento.',
    acceptAll: 'Aceitar tudo',
    rejectAll: 'Rejeitar tudo',
    save: 'Guardar escolhas',
    close: 'Fechar',
    alwaysOn: 'Sempre ativos',
    showDetails: 'Mostrar detalhes',
    hideDetails: 'Ocultar detalhes',
    services: 'Serviços',
    provider: 'Fornecedor',
    purpose: 'Finalidade',
    country: 'País destinatário',
    privacyPolicy: 'Política de privacidade',
    optOut: 'Oposição',
    cookies: 'Cookies',
    cookieName: 'Nome',
    cookieLifetime: 'Duração',
    cookiePurpose: 'Finalidade',
    consentId: 'ID do consentimento',
    decisionDate: 'Data da decisão',
    saved: 'As suas escolhas foram guardadas.',
    gpcHonoured: 'Respeitamos o sinal Global Privacy Control do seu navegador.',
  },
  categories: {
    necessary: {
      title: 'Necessários',
      description:
        'Indispensáveis para o funcionamento do site, por exemplo para a segurança ou para guardar as suas escolhas sobre cookies. Não podem ser desativados.',
    },
    preferences: {
      title: 'Preferências',
      description: 'Memorizam as suas definições, como o idioma ou a região.',
    },
    analytics: {
      title: 'Estatísticas',
      description: 'Ajudam-nos a perceber como os visitantes utilizam o site, para o podermos melhorar.',
    },
    marketing: {
      title: 'Marketing',
      description:
        'Servem para mostrar publicidade que lhe possa interessar, também noutros sites, e para medir a sua eficácia.',
    },
  },
  floatingButton: 'Definições de cookies',
  placeholder: {
    title: '{service} está bloqueado',
    description:
      '{service}, fornecido por {provider}, pode guardar cookies e transferir dados. País destinatário: {country}.',
    loadOnce: 'Carregar uma vez',
    alwaysAllow: 'Permitir sempre {service}',
  },
  declaration: {
    title: 'Cookies utilizados neste site',
    empty: 'Não há cookies nesta categoria.',
    domain: 'Domínio',
    status: 'A sua escolha atual',
    allowed: 'Permitido',
    denied: 'Não permitido',
    undecided: 'Ainda não fez uma escolha. Tudo, exceto os cookies necessários, fica desligado até que o permita.',
    withdraw: 'Retirar consentimento',
    withdrawn: 'Consentimento retirado. Agora só são usados cookies necessários.',
    session: 'Até fechar o navegador',
    firstParty: 'Cookie próprio',
    thirdParty: 'Cookie de terceiros ({domain})',
    localStorage: 'Armazenamento local',
    sessionStorage: 'Armazenamento de sessão',
    type: 'Tipo',
    cookiesOf: 'Cookies e armazenamento de {service}',
    noServices: 'Nenhum serviço é usado nesta categoria.',
  },
} satisfies Strings;
