"""``python -m vnpress`` runs the command line."""

import sys

from vnpress.cli import main

sys.exit(main())
