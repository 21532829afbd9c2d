/** Entry point: start the server from the environment; SIGTERM/SIGINT store everything, then exit. */
import { configFromEnv } from './config.ts';
import { installLogRedaction } from './logRedaction.ts';
import { startServer } from './startServer.ts';

installLogRedaction();
const config = configFromEnv();
const server = await startServer(config);
// Never the URLs themselves: they may hold passwords.
const where = config.databaseUrl ? 'PostgreSQL' : config.dataDir;
const relay = config.redisUrl ? ', relayed through Redis' : '';
console.info(`Gesprek school & politie: ${server.protocol}://localhost:${server.port} (data in ${where}${relay})`);
if (server.metricsPort !== undefined) console.info(`Metrics: http://${config.metricsHost ?? '127.0.0.1'}:${server.metricsPort}/metrics`);

// SIGHUP after a certificate renewal: new connections get the new certificate, open ones stay.
process.on('SIGHUP', () => {
  try {
    server.reloadTls();
    if (config.tls) console.info('SIGHUP: TLS certificate read again');
  } catch (error) {
    console.error(`SIGHUP: TLS certificate not reloaded, the old one stays: ${error instanceof Error ? error.message : String(error)}`);
  }
});

// A bug in a library callback must not take both tablets' sync down; log the kind, never the data.
process.on('unhandledRejection', (reason) => {
  console.error(`unhandled rejection: ${reason instanceof Error ? reason.name + ': ' + reason.message : typeof reason}`);
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.info(`${signal}: saving and stopping`);
  await server.stop();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
