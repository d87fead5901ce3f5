// The per-process cache of embedded stdlib CodeObjects: reused for the same source, recompiled for a
// new one, and never sharing module state between interpreters.

import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';
import type { CodeObject } from '../../src/compiler/code-object.js';
import { clearEmbeddedModuleCodeCache, embeddedModuleCode } from '../../src/vm/code-cache.js';

function runCapturing(source: string): string {
  let out = '';
  run(source, { stdout: (text) => (out += text), stderr: (text) => (out += text) });
  return out;
}

describe('embeddedModuleCode', () => {
  it('compiles once per name and source', () => {
    clearEmbeddedModuleCodeCache();
    const first = { name: 'first' } as unknown as CodeObject;
    const second = { name: 'second' } as unknown as CodeObject;
    let compiles = 0;
    const compileTo = (code: CodeObject) => () => {
      compiles++;
      return code;
    };
    expect(embeddedModuleCode('m', '<frozen m>', 'x = 1', compileTo(first))).toBe(first);
    expect(embeddedModuleCode('m', '<frozen m>', 'x = 1', compileTo(second))).toBe(first);
    expect(embeddedModuleCode('m', '<frozen m>', 'x = 2', compileTo(second))).toBe(second);
    expect(compiles).toBe(2);
  });

  it('keeps module state per interpreter', () => {
    const program = [
      'import collections',
      "print(hasattr(collections, 'marker'), collections.Counter('abca').most_common(1))",
      'collections.marker = 1',
    ].join('\n');
    expect(runCapturing(program)).toBe("False [('a', 2)]\n");
    expect(runCapturing(program)).toBe("False [('a', 2)]\n");
  });
});
