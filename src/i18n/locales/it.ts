import type { Strings } from '../strings.js';

export default {
  lang: 'it',
  dir: 'ltr',
  banner: {
    title: 'Utilizziamo i cookie',
    description:
      'I cookie necessari consentono il funzionamento del sito. Con il suo consenso utilizziamo anche altri cookie per ricordare le sue impostazioni, misurare il traffico e mostrarle pubblicità di suo interesse. Può modificare o revocare il consenso in qualsiasi momento tramite il link «Impostazioni cookie» in fondo alla pagina.',
    acceptAll: 'Accetta tutti',
    rejectAll: 'Rifiuta tutti',
    preferences: 'Personalizza',
    close: 'Continua senza accettare',
    privacyPolicy: 'Informativa sulla privacy',
    cookiePolicy: 'Informativa sui cookie',
    changed:
      'Dalla tua ultima visita abbiamo aggiunto servizi o cambiato la destinazione dei dati, quindi chiediamo di nuovo.',
  },
  preferences: {
    title: 'Impostazioni cookie',
    description:
      'Scelga quali cookie possiamo utilizzare. I cookie necessari sono sempre attivi perché senza di essi il sito non funziona. Può modificare la sua scelta in qualsiasi momento.',
    acceptAll: 'Accetta tutti',
    rejectAll: 'Rifiuta tutti',
    save: 'Salva le scelte',
    close: 'Chiudi',
    alwaysOn: 'Sempre attivi',
    showDetails: 'Mostra dettagli',
    hideDetails: 'Nascondi dettagli',
    services: 'Servizi',
    provider: 'Fornitore',
    purpose: 'Finalità',
    country: 'Paese destinatario',
    privacyPolicy: 'Informativa sulla privacy',
    optOut: 'Opposizione',
    cookies: 'Cookie',
    cookieName: 'Nome',
    cookieLifetime: 'Durata',
    cookiePurpose: 'Finalità',
    consentId: 'ID del consenso',
    decisionDate: 'Data della scelta',
    saved: 'Le sue scelte sono state salvate.',
    gpcHonoured: 'Rispettiamo il segnale Global Privacy Control del suo browser.',
  },
  categories: {
    necessary: {
      title: 'Necessari',
      description:
        'Indispensabili per il funzionamento del sito, ad esempio per la sicurezza o per ricordare le sue scelte sui cookie. Non possono essere disattivati.',
    },
    preferences: {
      title: 'Preferenze',
      description: 'Ricordano le sue impostazioni, come la lingua o la regione.',
    },
    analytics: {
      title: 'Statistiche',
      description: 'Ci aiutano a capire come i visitatori usano il sito, per poterlo migliorare.',
    },
    marketing: {
      title: 'Marketing',
      description: 'Servono a mostrarle pubblicità di suo interesse, anche su altri siti, e a misurarne l’efficacia.',
    },
  },
  floatingButton: 'Impostazioni cookie',
  placeholder: {
    title: '{service} è bloccato',
    description:
      '{service}, fornito da {provider}, può installare cookie e trasferire dati. Paese destinatario: {country}.',
    loadOnce: 'Carica una volta',
    alwaysAllow: 'Consenti sempre {service}',
  },
  declaration: {
    title: 'Cookie utilizzati su questo sito',
    empty: 'Non ci sono cookie in questa categoria.',
    domain: 'Dominio',
    status: 'La tua scelta attuale',
    allowed: 'Consentito',
    denied: 'Non consentito',
    undecided: 'Non hai ancora scelto. Tutto tranne i cookie necessari resta disattivato finché non lo consenti.',
    withdraw: 'Revoca il consenso',
    withdrawn: 'Consenso revocato. Ora si usano solo i cookie necessari.',
    session: 'Fino alla chiusura del browser',
    firstParty: 'Cookie di prima parte',
    thirdParty: 'Cookie di terze parti ({domain})',
    localStorage: 'Memoria locale',
    sessionStorage: 'Memoria di sessione',
    type: 'Tipo',
    cookiesOf: 'Cookie e memoria di {service}',
    noServices: 'In questa categoria non usiamo alcun servizio.',
  },
} satisfies Strings;
