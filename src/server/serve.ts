// Starts the app on a port (0 = any free port) and resolves once it listens.
import { serve } from "@hono/node-server";
import type { AddressInfo, Socket } from "node:net";
import type { Server } from "node:http";
import type { Store } from "../store/types.js";
import { createApp, type AppOptions } from "./app.js";

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

import { DEFAULT_BODY_TIMEOUT_MS } from "./defaults.js";
export { DEFAULT_BODY_TIMEOUT_MS };

/** A raw one-line JSON response for errors Node answers before the app sees the request. */
function rawJson(status: string, message: string): string {
  const body = JSON.stringify({ error: message });
  return `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

export function startServer(opts: AppOptions & { port: number; host: string; bodyTimeoutMs?: number }): Promise<RunningServer> {
  const app = createApp({ warmMeasures: true, ...opts });
  const bodyTimeoutMs = opts.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS;
  // A server that takes writes starts its extraction workers now; a read-only one never loads the engine.
  if (opts.token) app.extractPool.warm();
  return new Promise((resolve, reject) => {
    const server = serve({
      fetch: app.fetch,
      port: opts.port,
      hostname: opts.host,
      // A request (headers and body) must arrive within the time limit: a client dripping its body
      // a byte at a time gets 408 and the connection is closed. Checked every second.
      serverOptions: { requestTimeout: bodyTimeoutMs, headersTimeout: Math.min(bodyTimeoutMs, 10_000), connectionsCheckingInterval: 1000 },
    }, (info: AddressInfo) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: async () => {
          await new Promise<void>((res) => server.close(() => res()));
          await app.extractPool.close();
        },
      });
    }) as Server;
    server.once("error", reject);
    // Node answers malformed or too slow requests itself with an empty body: say why, in one line of JSON.
    server.on("clientError", (err: NodeJS.ErrnoException, socket: Socket) => {
      if (err.code !== "ECONNRESET" && socket.writable && socket.bytesWritten === 0) {
        // end() sends the answer, then closes the connection.
        if (err.code === "ERR_HTTP_REQUEST_TIMEOUT") return void socket.end(rawJson("408 Request Timeout", `the request was not received within ${bodyTimeoutMs / 1000}s`));
        if (err.code === "HPE_HEADER_OVERFLOW") return void socket.end(rawJson("431 Request Header Fields Too Large", "request headers are too large"));
        return void socket.end(rawJson("400 Bad Request", "malformed HTTP request"));
      }
      socket.destroy();
    });
    // Slow or stalled clients must not hold connections open forever.
    server.setTimeout?.(30_000);
  });
}

export type { Store };
