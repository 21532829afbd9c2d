/** Why a feature is unavailable over plain http://: said at once, so nobody is told to try again. */
export const NEEDS_HTTPS = {
  share:
    'Delen kan hier niet: de app is niet via een beveiligde verbinding (https://) geopend. Open de app via https:// en deel het gesprek daar.',
  camera:
    'De camera werkt hier niet: de app is niet via een beveiligde verbinding (https://) geopend. Open de app via https:// om de QR-code te scannen.',
  file:
    'Een gesprekbestand openen kan hier niet: de app is niet via een beveiligde verbinding (https://) geopend. Open de app via https:// en open het bestand daar.',
  link:
    'Koppelen kan hier niet: de app is niet via een beveiligde verbinding (https://) geopend. Open de app via https:// en open de link daar.',
} as const;
