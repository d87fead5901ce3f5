from imports__circular_error_pkg.y import Y
X = 1
