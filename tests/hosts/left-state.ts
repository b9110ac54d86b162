import type { HostState, HostStatePart } from "../../core/commands/types";

/**
 * The state a command answered with equals what describe() says right after: every part of it, and
 * no part missing but those the command says it leaves out (it neither read nor changed them).
 */
export function expectLeft(left: HostStatePart, described: HostState, leftOut: ("table" | "undo" | "marked")[] = []): void {
  const expected: Record<string, unknown> = { ...described };
  for (const part of leftOut) delete expected[part];
  expect(left).toEqual(expected);
}
