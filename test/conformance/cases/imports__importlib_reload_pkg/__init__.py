"""Package for imports__importlib_reload."""
