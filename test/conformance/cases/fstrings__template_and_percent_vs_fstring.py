from string import Template
t = Template('$who likes ${what}s')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
name, n = 'x', 2
print('%s-%d' % (name, n) == f'{name}-{n}' == '{}-{}'.format(name, n))
try:
    t.substitute(who='only')
except KeyError as e:
    print('KeyError', e)
