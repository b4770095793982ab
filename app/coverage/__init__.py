"""Coverage: the SQL engine (CLI, export), the matrix data and the window's coverage reads."""
