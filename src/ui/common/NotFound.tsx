import { homeHref } from '../routing/parseRoute.ts';

/** An unknown gesprek id or address: say so and offer the way home. */
export function NotFound({ title = 'Gesprek niet gevonden' }: { title?: string }) {
  return (
    <main id="main" class="app-page app-page--narrow">
      <h1>{title}</h1>
      <p>Dit gesprek staat niet op deze tablet. Misschien is het verwijderd, of is de link niet volledig.</p>
      <p>
        <a class="utrecht-link app-link-button" href={homeHref()}>Naar de lijst met gesprekken</a>
      </p>
    </main>
  );
}
