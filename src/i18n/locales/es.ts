import type { Strings } from '../strings.js';

export default {
  lang: 'es',
  dir: 'ltr',
  banner: {
    title: 'Usamos cookies',
    description:
      'Las cookies necesarias hacen que este sitio funcione. Con su consentimiento, también usamos cookies para recordar sus ajustes, medir las visitas y mostrarle publicidad que pueda interesarle. Puede cambiar o retirar su consentimiento en cualquier momento desde el enlace «Configuración de cookies» al pie de la página.',
    acceptAll: 'Aceptar todo',
    rejectAll: 'Rechazar todo',
    preferences: 'Configurar',
    close: 'Continuar sin aceptar',
    privacyPolicy: 'Política de privacidad',
    cookiePolicy: 'Política de cookies',
    changed:
      'Desde su última visita hemos añadido servicios o cambiado adónde van los datos, por eso volvemos a preguntar.',
  },
  preferences: {
    title: 'Configuración de cookies',
    description:
      'Elija qué cookies podemos usar. Las necesarias están siempre activas porque el sitio no funciona sin ellas. Puede cambiar su elección en cualquier momento.',
    acceptAll: 'Aceptar todo',
    rejectAll: 'Rechazar todo',
    save: 'Guardar selección',
    close: 'Cerrar',
    alwaysOn: 'Siempre activas',
    showDetails: 'Mostrar detalles',
    hideDetails: 'Ocultar detalles',
    services: 'Servicios',
    provider: 'Proveedor',
    purpose: 'Finalidad',
    country: 'País de destino',
    privacyPolicy: 'Política de privacidad',
    optOut: 'Oposición',
    cookies: 'Cookies',
    cookieName: 'Nombre',
    cookieLifetime: 'Duración',
    cookiePurpose: 'Finalidad',
    consentId: 'ID del consentimiento',
    decisionDate: 'Fecha de la decisión',
    saved: 'Se ha guardado su selección.',
    gpcHonoured: 'Respetamos la señal Global Privacy Control de su navegador.',
  },
  categories: {
    necessary: {
      title: 'Necesarias',
      description:
        'Imprescindibles para que el sitio funcione, por ejemplo para la seguridad o para guardar su elección sobre las cookies. No se pueden desactivar.',
    },
    preferences: {
      title: 'Preferencias',
      description: 'Recuerdan sus ajustes, como el idioma o la región.',
    },
    analytics: {
      title: 'Analíticas',
      description: 'Nos ayudan a entender cómo se usa el sitio para poder mejorarlo.',
    },
    marketing: {
      title: 'Marketing',
      description:
        'Sirven para mostrarle publicidad que pueda interesarle, también en otros sitios, y para medir su eficacia.',
    },
  },
  floatingButton: 'Configuración de cookies',
  placeholder: {
    title: '{service} está bloqueado',
    description: '{service}, de {provider}, puede instalar cookies y transferir datos. País de destino: {country}.',
    loadOnce: 'Cargar una vez',
    alwaysAllow: 'Permitir siempre {service}',
  },
  declaration: {
    title: 'Cookies de este sitio',
    empty: 'No hay cookies en esta categoría.',
    domain: 'Dominio',
    status: 'Su elección actual',
    allowed: 'Permitido',
    denied: 'No permitido',
    undecided: 'Aún no ha elegido. Todo, salvo las cookies necesarias, está desactivado hasta que lo permita.',
    withdraw: 'Retirar el consentimiento',
    withdrawn: 'Consentimiento retirado. Ahora solo se usan cookies necesarias.',
    session: 'Hasta cerrar el navegador',
    firstParty: 'Cookie propia',
    thirdParty: 'Cookie de terceros ({domain})',
    localStorage: 'Almacenamiento local',
    sessionStorage: 'Almacenamiento de sesión',
    type: 'Tipo',
    cookiesOf: 'Cookies y almacenamiento de {service}',
    noServices: 'En esta categoría no se usa ningún servicio.',
  },
} satisfies Strings;
