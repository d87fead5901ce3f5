import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { run } from '../../../../src/api/run.js';
test('probe', () => {
  const coll = readFileSync('src/stdlib/py/collections/abc.py', 'utf8');
  const src = `code = compile(${JSON.stringify(coll)}, 'x', 'exec')\n`;
  for (let i = 0; i < 4; i++) {
    for (const s of [src, 'import collections.abc', 'import collections', 'import functools']) {
      const out: string[] = [];
      const t0 = performance.now();
      run(s, { stdout: (t) => out.push(t), stderr: (t) => out.push(t) });
      console.log(i, s.slice(0, 30).replace(/\n/g, ' '), (performance.now() - t0).toFixed(1), 'ms', out.join('').slice(0, 100));
    }
  }
});
