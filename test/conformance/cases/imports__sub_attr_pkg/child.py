VALUE = 'child value'
