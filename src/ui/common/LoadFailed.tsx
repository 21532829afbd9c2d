/** A lazy part of the app could not load (offline before it was ever cached, or an update mid-way). */
export function LoadFailed() {
  return (
    <main id="main" class="app-page app-page--narrow">
      <h1>Dit deel van de app kon niet laden</h1>
      <p>Controleer de verbinding en herlaad de pagina. Wat al was opgeslagen, blijft bewaard.</p>
      <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => location.reload()}>
        Opnieuw laden
      </button>
    </main>
  );
}
