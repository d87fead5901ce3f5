// Compile-time SyntaxWarnings against CPython's compile() (scripts/record-compile-warnings.py): the
// same warnings, messages and lines, in the same order; and the text they print on stderr.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compile } from '../../src/compiler/compile.js';
import type { CompileWarning } from '../../src/compiler/compile-warnings.js';
import { formatCompileWarning } from '../../src/compiler/warning-output.js';
import { parse } from '../../src/parser/parser.js';

interface RecordedCase {
  readonly source: string;
  readonly warnings: readonly CompileWarning[];
}

const cases = JSON.parse(
  readFileSync(new URL('./golden/compile-warnings.json', import.meta.url), 'utf8'),
) as RecordedCase[];

describe('compile-time warnings', () => {
  for (const recorded of cases) {
    test(recorded.source, () => {
      const warnings: CompileWarning[] = [];
      compile(parse(recorded.source, 'case.py'), 'case.py', 'exec', {
        onWarning: (warning) => {
          warnings.push(warning);
        },
      });
      expect(warnings).toEqual(recorded.warnings);
    });
  }
});

describe('warning text', () => {
  const warning: CompileWarning = {
    category: 'SyntaxWarning',
    message: '"is" with a literal. Did you mean "=="?',
    lineno: 2,
  };

  test('a file shows its stripped source line', () => {
    expect(formatCompileWarning(warning, 'main.py', 'x = 1\n\tprint(x is 1)  \n')).toBe(
      'main.py:2: SyntaxWarning: "is" with a literal. Did you mean "=="?\n  print(x is 1)\n',
    );
  });

  test('a string source (<string>) shows no line', () => {
    expect(formatCompileWarning(warning, '<string>', 'x = 1\nprint(x is 1)\n')).toBe(
      '<string>:2: SyntaxWarning: "is" with a literal. Did you mean "=="?\n',
    );
  });
});
