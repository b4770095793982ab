"""Programmes, courses, modules and their mappings: operations and queries."""
