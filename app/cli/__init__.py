"""The curmap command: subcommands for standards, programmes, coverage and Excel."""
