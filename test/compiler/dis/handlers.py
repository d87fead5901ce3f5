def read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError as error:
        return str(error)
    finally:
        print("done")
