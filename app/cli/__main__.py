"""``python -m app.cli``: the curmap command."""
import sys

from app.cli.main import main

sys.exit(main())
