/**
 * `npm run migrate -- --to <DATABASE_URL> [--from <sync.sqlite>]`: moves the SQLite store into
 * PostgreSQL (migrateToPostgres.ts). Without --from it reads `$DATA_DIR/sync.sqlite` (DATA_DIR
 * defaults to ./data, as for the server). Messages are Dutch, for the administrator (README).
 * The URL is never printed: it may hold a password.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MigrationConflict, migrateToPostgres } from './migrateToPostgres.ts';

const USAGE = 'Gebruik: npm run migrate -- --to <DATABASE_URL> [--from <pad naar sync.sqlite>]';

async function main(): Promise<number> {
  let values: { to?: string; from?: string };
  try {
    ({ values } = parseArgs({ options: { to: { type: 'string' }, from: { type: 'string' } }, strict: true }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (!values.to) {
    console.error(`Geen doel: geef de PostgreSQL-database met --to.\n${USAGE}`);
    return 2;
  }
  const from = resolve(values.from ?? join(process.env.DATA_DIR ?? './data', 'sync.sqlite'));
  if (!existsSync(from)) {
    console.error(`Niet gevonden: ${from}. Geef het bestand met --from of zet DATA_DIR.`);
    return 1;
  }
  try {
    const result = await migrateToPostgres(from, values.to);
    console.info(
      `Klaar: ${result.rooms} gesprek(ken) uit ${from} staan in PostgreSQL ` +
        `(${result.moved} overgezet, ${result.alreadyThere} stonden er al; ` +
        `${result.logRows} logregels, ${result.envelopes} oude toestanden, ${result.accessRows} toegangsregels toegevoegd).`,
    );
    return 0;
  } catch (error) {
    if (error instanceof MigrationConflict) {
      console.error(
        `Geweigerd: PostgreSQL heeft voor ${error.rooms} van de ${error.total} gesprek(ken) andere gegevens dan ${from}. ` +
          'Er is niets overgezet. Gebruik een lege database (of een eigen schema), of zet het juiste bestand over.',
      );
      return 1;
    }
    console.error(`Overzetten mislukt, er is niets overgezet: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = await main();
