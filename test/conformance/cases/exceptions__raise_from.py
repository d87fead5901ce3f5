class DbError(Exception):
    pass
def query():
    try:
        {}['missing']
    except KeyError as e:
        raise DbError('query failed') from e
try:
    query()
except DbError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
query()
