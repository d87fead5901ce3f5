def get_user():
    return None
name = get_user().name.upper()
