// Starts the app on a port (0 = any free port) and resolves once it listens.
import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import type { Store } from "../store/types.js";
import { createApp, type AppOptions } from "./app.js";

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function startServer(opts: AppOptions & { port: number; host: string }): Promise<RunningServer> {
  const app = createApp({ warmMeasures: true, ...opts });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () => new Promise<void>((res) => server.close(() => res())),
      });
    });
    server.once("error", reject);
    // Slow or stalled clients must not hold connections open forever.
    server.setTimeout?.(30_000);
  });
}

export type { Store };
