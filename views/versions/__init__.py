"""A new version of a standard: the compare view and the migration wizard."""
