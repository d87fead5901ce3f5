from ..helpers import helper
from . import __name__ as pkg_name
from .. import sub
def describe():
    return f'{__name__} uses {helper()} in {__package__}, sub={sub.__name__}'
