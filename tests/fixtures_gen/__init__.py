"""Generated test material: standards laid out as text, ODT and PDF (see make_standards.py)."""
