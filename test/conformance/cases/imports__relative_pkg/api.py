from .helpers import helper
from . import helpers
def run():
    return helper() + ' | ' + helpers.__name__
