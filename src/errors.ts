// Errors about the input itself (empty, binary, not UTF-8, unsupported language). The CLI turns
// them into one-line messages with exit code 3; library users can catch them by class.
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}
