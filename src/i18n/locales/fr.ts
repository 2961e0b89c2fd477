import type { Strings } from '../strings.js';

export default {
  lang: 'fr',
  dir: 'ltr',
  banner: {
    title: 'Nous utilisons des cookies',
    description:
      'Les cookies nécessaires permettent au site de fonctionner. Avec votre consentement, nous utilisons aussi des cookies pour mémoriser vos réglages, mesurer l’audience et afficher des publicités susceptibles de vous intéresser. Vous pouvez modifier ou retirer votre consentement à tout moment via le lien «\u00a0Paramètres des cookies\u00a0» en bas de page.',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    preferences: 'Personnaliser',
    close: 'Continuer sans accepter',
    privacyPolicy: 'Politique de confidentialité',
    cookiePolicy: 'Politique relative aux cookies',
    changed:
      'Depuis votre dernière visite, nous avons ajouté des services ou changé la destination des données : nous vous demandons donc à nouveau.',
  },
  preferences: {
    title: 'Paramètres des cookies',
    description:
      'Choisissez les cookies que nous pouvons utiliser. Les cookies nécessaires sont toujours actifs, car le site ne peut pas fonctionner sans eux. Vous pouvez modifier votre choix à tout moment.',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    save: 'Enregistrer mes choix',
    close: 'Fermer',
    alwaysOn: 'Toujours actifs',
    showDetails: 'Afficher les détails',
    hideDetails: 'Masquer les détails',
    services: 'Services',
    provider: 'Fournisseur',
    purpose: 'Finalité',
    country: 'Pays destinataire',
    privacyPolicy: 'Politique de confidentialité',
    optOut: 'Opposition',
    cookies: 'Cookies',
    cookieName: 'Nom',
    cookieLifetime: 'Durée de conservation',
    cookiePurpose: 'Finalité',
    consentId: 'Identifiant du consentement',
    decisionDate: 'Date du choix',
    saved: 'Vos choix ont été enregistrés.',
    gpcHonoured: 'Nous respectons le signal Global Privacy Control de votre navigateur.',
  },
  categories: {
    necessary: {
      title: 'Nécessaires',
      description:
        'Indispensables au fonctionnement du site, par exemple pour la sécurité ou pour mémoriser vos choix en matière de cookies. Ils ne peuvent pas être désactivés.',
    },
    preferences: {
      title: 'Préférences',
      description: 'Mémorisent vos réglages, comme la langue ou la région.',
    },
    analytics: {
      title: 'Mesure d’audience',
      description: 'Nous aident à comprendre comment les visiteurs utilisent le site, afin de l’améliorer.',
    },
    marketing: {
      title: 'Marketing',
      description:
        'Servent à afficher des publicités susceptibles de vous intéresser, y compris sur d’autres sites, et à mesurer leur efficacité.',
    },
  },
  floatingButton: 'Paramètres des cookies',
  placeholder: {
    title: '{service} est bloqué',
    description:
      '{service}, fourni par {provider}, peut déposer des cookies et transférer des données. Pays destinataire\u00a0: {country}.',
    loadOnce: 'Charger une fois',
    alwaysAllow: 'Toujours autoriser {service}',
  },
  declaration: {
    title: 'Cookies utilisés sur ce site',
    empty: 'Aucun cookie dans cette catégorie.',
    domain: 'Domaine',
    status: 'Votre choix actuel',
    allowed: 'Autorisé',
    denied: 'Non autorisé',
    undecided:
      "Vous n'avez pas encore fait de choix. Tout est désactivé, sauf les cookies nécessaires, tant que vous ne l'autorisez pas.",
    withdraw: 'Retirer le consentement',
    withdrawn: 'Consentement retiré. Seuls les cookies nécessaires sont utilisés.',
    session: "Jusqu'à la fermeture du navigateur",
    firstParty: 'Cookie interne',
    thirdParty: 'Cookie tiers ({domain})',
    localStorage: 'Stockage local',
    sessionStorage: 'Stockage de session',
    type: 'Type',
    cookiesOf: 'Cookies et stockage de {service}',
    noServices: "Aucun service n'est utilisé dans cette catégorie.",
  },
} satisfies Strings;
