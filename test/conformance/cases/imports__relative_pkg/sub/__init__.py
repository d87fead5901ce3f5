from .. import helpers as parent_helpers
