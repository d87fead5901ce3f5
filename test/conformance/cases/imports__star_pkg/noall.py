public_name = 'public'
_private = 'private'
