/**
 * P11's floor: a stock Hocuspocus server (no extensions, no encryption, memory only) in its own
 * process, for the stock provider on a plain Y.Doc. Prints "stock <port>".
 */
import { Server } from '@hocuspocus/server';

const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: true });
await server.listen();
console.log(`stock ${server.address.port}`);
