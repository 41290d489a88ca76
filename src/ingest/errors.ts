// Why one input could not be ingested: a one-line reason, and whether it was the input itself or
// the network. The batch records it and goes on; the CLI prints "<input>: <reason>".
export class InputError extends Error {
  constructor(message: string, readonly kind: "input" | "network" = "input") {
    super(message);
    this.name = "InputError";
  }
}
