log = []
for exc in (ValueError, SystemExit, KeyboardInterrupt, GeneratorExit, StopIteration):
    try:
        raise exc
    except Exception:
        log.append(('Exception', exc.__name__))
    except BaseException:
        log.append(('BaseException', exc.__name__))
for entry in log:
    print(entry)
