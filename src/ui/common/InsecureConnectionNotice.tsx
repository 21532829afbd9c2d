import { useState } from 'preact/hooks';
import { isSecureConnection } from '../../pwa/secureContext.ts';
import '../pwa/pwa.css';

/** Over plain http:// (not localhost): says at once what does not work and what to do, on every screen that shows it. */
export function InsecureConnectionNotice({ secure = isSecureConnection() }: { secure?: boolean }) {
  const [httpsAddress] = useState(() => `https://${location.hostname}/`);
  if (secure) return null;
  return (
    <section class="utrecht-alert utrecht-alert--warning app-insecure" aria-label="Verbinding niet beveiligd">
      <div class="utrecht-alert__content">
        <p>
          <strong>Deze verbinding is niet beveiligd.</strong> Open de app via https:// (het adres begint nu met http://). Zonder
          beveiligde verbinding werken delen, offline gebruik en de camera niet. Invullen en de PDF maken werken wel.
        </p>
        <p>
          Wat nu? Probeer <a class="utrecht-link" href={httpsAddress}>{httpsAddress}</a>. Werkt dat niet, vraag dan de beheerder om het
          https-adres van de app. Wat u hier al hebt ingevuld, neemt u mee met “Reservekopie maken” op de lijst met gesprekken; zet die
          reservekopie in de app via https:// terug.
        </p>
      </div>
    </section>
  );
}
