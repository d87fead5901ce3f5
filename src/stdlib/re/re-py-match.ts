// Python-visible re.Match methods and attributes: group/groups/groupdict, start/end/span, expand,
// __getitem__, lastindex/lastgroup, pos/endpos/re/string/regs, and the CPython repr.

import { bindArgs, checkArity, checkNoArgs, methodOneArg, noKwargs } from '../../objects/args.js';
import { PyDict } from '../../objects/dict.js';
import { indexError, typeError } from '../../objects/errors.js';
import { intValueOf } from '../../objects/int-type.js';
import { defineGetSet, defineMethod } from '../../objects/native-function.js';
import { hasIndex, indexValue } from '../../objects/protocol-number.js';
import { pyRepr } from '../../objects/protocol-repr.js';
import type { PyValue } from '../../objects/py-object.js';
import { None } from '../../objects/singletons.js';
import { strValueOf } from '../../objects/str-type.js';
import { PyTuple } from '../../objects/tuple.js';
import { groupValue, matchType, PyMatch, truncateRepr } from './re-py-objects.js';
import { expandFor, templateFor } from './re-py-pattern.js';

function self(value: PyValue | undefined): PyMatch {
  if (!(value instanceof PyMatch)) throw typeError('descriptor requires a re.Match object');
  return value;
}

/** match_getindex: a group number or name to an index; IndexError "no such group". */
function groupIndex(match: PyMatch, value: PyValue): number {
  const groups = match.pattern.program.groups;
  if (hasIndex(value)) {
    const int = intValueOf(value) ?? indexValue(value);
    const index = typeof int === 'number' ? int : -1;
    if (index < 0 || index > groups) throw indexError('no such group');
    return index;
  }
  const name = strValueOf(value);
  const index = name === undefined ? undefined : match.pattern.program.groupindex.get(name);
  if (index === undefined) throw indexError('no such group');
  return index;
}

defineMethod(matchType, 'group', (args, kwnames) => {
  noKwargs('Match.group', kwnames);
  const match = self(args[0]);
  if (args.length <= 1) return groupValue(match, 0, None);
  if (args.length === 2) return groupValue(match, groupIndex(match, args[1]!), None);
  const items: PyValue[] = [];
  for (let i = 1; i < args.length; i++)
    items.push(groupValue(match, groupIndex(match, args[i]!), None));
  return new PyTuple(items);
});

defineMethod(matchType, '__getitem__', (args, kwnames) => {
  const match = self(args[0]);
  const key = methodOneArg('__getitem__', args, kwnames);
  return groupValue(match, groupIndex(match, key), None);
});

defineMethod(matchType, 'groups', (args, kwnames) => {
  const match = self(args[0]);
  const [fallback] = bindArgs('groups', args.slice(1), kwnames, ['default'], 0);
  const items: PyValue[] = [];
  const groups = match.pattern.program.groups;
  for (let g = 1; g <= groups; g++) items.push(groupValue(match, g, fallback ?? None));
  return new PyTuple(items);
});

defineMethod(matchType, 'groupdict', (args, kwnames) => {
  const match = self(args[0]);
  const [fallback] = bindArgs('groupdict', args.slice(1), kwnames, ['default'], 0);
  const dict = new PyDict();
  for (const [name, index] of match.pattern.program.groupindex) {
    dict.setStr(name, groupValue(match, index, fallback ?? None));
  }
  return dict;
});

function spanIndex(
  name: string,
  args: PyValue[],
  kwnames: readonly string[] | null,
): [PyMatch, number] {
  const match = self(args[0]);
  checkArity(name, args.slice(1), kwnames, 0, 1);
  const index = args.length > 1 ? groupIndex(match, args[1]!) : 0;
  return [match, index];
}

defineMethod(matchType, 'start', (args, kwnames) => {
  const [match, index] = spanIndex('start', args, kwnames);
  return match.regs[index * 2]!;
});
defineMethod(matchType, 'end', (args, kwnames) => {
  const [match, index] = spanIndex('end', args, kwnames);
  return match.regs[index * 2 + 1]!;
});
defineMethod(matchType, 'span', (args, kwnames) => {
  const [match, index] = spanIndex('span', args, kwnames);
  return new PyTuple([match.regs[index * 2]!, match.regs[index * 2 + 1]!]);
});

defineMethod(matchType, 'expand', (args, kwnames) => {
  const match = self(args[0]);
  const [template] = bindArgs('expand', args.slice(1), kwnames, ['template'], 1);
  return expandFor(templateFor(match.pattern, template!), match);
});

defineGetSet(matchType, 'lastindex', (obj) => {
  const match = self(obj);
  return match.lastindex >= 0 ? match.lastindex : None;
});
defineGetSet(matchType, 'lastgroup', (obj) => {
  const match = self(obj);
  if (match.lastindex < 0) return None;
  return match.pattern.program.indexgroup[match.lastindex] ?? None;
});
defineGetSet(matchType, 'pos', (obj) => self(obj).pos);
defineGetSet(matchType, 'endpos', (obj) => self(obj).endpos);
defineGetSet(matchType, 're', (obj) => self(obj).pattern);
defineGetSet(matchType, 'string', (obj) => self(obj).string);
defineGetSet(matchType, 'regs', (obj) => {
  const match = self(obj);
  const spans: PyValue[] = [];
  for (let i = 0; i < match.regs.length; i += 2) {
    spans.push(new PyTuple([match.regs[i]!, match.regs[i + 1]!]));
  }
  return new PyTuple(spans);
});

defineMethod(matchType, '__repr__', (args) => {
  const match = self(args[0]);
  const shown = truncateRepr(pyRepr(groupValue(match, 0, None)), 50);
  return `<re.Match object; span=(${match.regs[0]}, ${match.regs[1]}), match=${shown}>`;
});
defineMethod(matchType, '__copy__', (args, kwnames) => {
  checkNoArgs('__copy__', args.slice(1), kwnames);
  return self(args[0]);
});
defineMethod(matchType, '__deepcopy__', (args, kwnames) => {
  methodOneArg('__deepcopy__', args, kwnames);
  return self(args[0]);
});
