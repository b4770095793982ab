"""Front ends: a standard's file (text, PDF, ODT) turned into rows of cells."""
