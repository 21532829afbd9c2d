import { useState } from 'preact/hooks';
import { currentPlatform, mayLoseDataAfterSevenDays } from '../../pwa/platform.ts';
import '../pwa/pwa.css';

/** On iPad/iPhone in a Safari tab: the data may be erased after 7 days unless the app is on the home screen. */
export function SafariWarning() {
  const [show] = useState(() => mayLoseDataAfterSevenDays(currentPlatform()));
  if (!show) return null;
  return (
    <section class="utrecht-alert utrecht-alert--warning app-safari-warning" aria-labelledby="safari-warning-title">
      <div class="utrecht-alert__content">
        <h2 id="safari-warning-title">Let op: Safari kan uw gesprekken wissen</h2>
        <p>Safari wist de gegevens van websites die 7 dagen niet zijn gebruikt. Zet de app op het beginscherm, dan gebeurt dat niet:</p>
        <ol>
          <li>Tik op de Deel-knop (het vierkantje met de pijl omhoog).</li>
          <li>Kies “Zet op beginscherm” en tik op “Voeg toe”.</li>
          <li>Open de app voortaan met het icoon op het beginscherm.</li>
        </ol>
        <p>
          De app op het beginscherm heeft een eigen opslag. Staan hier al gesprekken? Kies dan eerst “Reservekopie maken” (onderaan) en
          zet die reservekopie in de app terug.
        </p>
      </div>
    </section>
  );
}
