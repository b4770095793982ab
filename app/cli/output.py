"""What the subcommands print: JSON for scripts."""
from __future__ import annotations

import json
import sys


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
