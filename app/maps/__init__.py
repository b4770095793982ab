"""Map files as files: a new map, what it is filled with, a safe copy."""
