"""The coverage matrix and the gaps list: one shared copy of the data, its models and views."""
