// The HTTP API and dashboard server.
export { createApp, DEFAULT_MAX_BODY, type AppOptions } from "./app.js";
export { startServer, type RunningServer } from "./serve.js";
export { tokenMatches } from "./auth.js";
