/**
 * The floor for P4: a raw WebSocket relay on loopback that forwards each message to every other
 * client, nothing else. Run as its own process (like the sync server): prints "relay <port>".
 */
import { WebSocketServer, type WebSocket } from 'ws';

const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
const clients = new Set<WebSocket>();
server.on('connection', (socket) => {
  clients.add(socket);
  socket.on('message', (data, isBinary) => {
    for (const other of clients) if (other !== socket) other.send(data, { binary: isBinary });
  });
  socket.on('close', () => clients.delete(socket));
});
server.on('listening', () => {
  const address = server.address();
  console.log(`relay ${typeof address === 'object' && address ? address.port : 0}`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
