"""Competency standards: the iCAP parser, storing, replacing and reading them back."""
