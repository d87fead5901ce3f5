def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f'lookup: {type(e).__name__}'
    except ZeroDivisionError:
        return 'math'
    except Exception as e:
        return f'other: {type(e).__name__}'
for exc in [KeyError('k'), IndexError(0), ZeroDivisionError(), ValueError(), TypeError()]:
    print(classify(exc))
