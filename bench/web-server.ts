/**
 * The servers bench/web loads, in their own process (so the load generator does not share their
 * event loop): a bare Fastify hello-world and Missive over the data directory given. Sends the
 * two ports to the parent when listening; stops when the parent disconnects.
 */
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { openContext } from '../src/cli/context.js';
import { buildServer } from '../src/web/server.js';

const ctx = await openContext({ dataDir: process.argv[2] ?? '' });
const hello = Fastify();
hello.get('/', async () => ({ hello: 'world' }));
await hello.listen({ port: 0, host: '127.0.0.1' });
const app = buildServer({ store: ctx.store, blobs: ctx.blobs, reference: ctx.reference });
await app.listen({ port: 0, host: '127.0.0.1' });
const port = (server: { server: { address(): unknown } }) => (server.server.address() as AddressInfo).port;
process.send?.({ hello: port(hello), missive: port(app) });
process.on('disconnect', () => {
  void Promise.all([app.close(), hello.close()]).then(() => ctx.store.close()).then(() => process.exit(0));
});
