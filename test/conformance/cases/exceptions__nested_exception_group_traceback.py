inner = ExceptionGroup('inner', [TypeError('t1'), KeyError('k1')])
raise ExceptionGroup('outer', [ValueError('v1'), inner])
