// Test helper: runs a program through the run API with a capability set bound as the default for
// that run (until the run API takes `capabilities`), collecting stdout, stderr and the exit status.

import { run } from '../../src/api/run.js';
import {
  type Capabilities,
  type CapabilityOptions,
  createCapabilities,
  setDefaultCapabilities,
} from '../../src/sandbox/capabilities.js';

/** What a sandboxed run printed and how it ended. */
export interface SandboxedOutcome {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Runs `source` with the given capabilities (a set, or options to create one). */
export function runSandboxed(
  source: string,
  capabilities: Capabilities | CapabilityOptions = {},
): SandboxedOutcome {
  const caps =
    'clock' in capabilities && 'entropy' in capabilities && 'cwd' in capabilities
      ? (capabilities as Capabilities)
      : createCapabilities(capabilities as CapabilityOptions);
  let stdout = '';
  let stderr = '';
  const previous = setDefaultCapabilities(caps);
  try {
    const result = run(source, {
      filename: 'main.py',
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      instructionBudget: 500_000_000,
    });
    return { stdout, stderr, exitCode: result.exitCode };
  } finally {
    setDefaultCapabilities(previous);
  }
}

/** The last line of a traceback (the exception), for error-path tests. */
export function lastErrorLine(outcome: SandboxedOutcome): string {
  const lines = outcome.stderr.trimEnd().split('\n');
  return lines[lines.length - 1] ?? '';
}
