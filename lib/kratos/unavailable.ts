/** Kratos could not be reached, or did not answer in time. */
export class KratosUnavailableError extends Error {
  readonly timedOut: boolean;

  constructor(cause: unknown, path: string) {
    const timedOut = cause instanceof DOMException && cause.name === "TimeoutError";
    super(timedOut ? `Kratos did not answer ${path} in time` : `Kratos is unreachable (${path})`, { cause });
    this.name = "KratosUnavailableError";
    this.timedOut = timedOut;
  }
}

export function isKratosUnavailable(error: unknown): error is KratosUnavailableError {
  return error instanceof Error && error.name === "KratosUnavailableError";
}
