"""`python -m ipquiz` runs the same entry point as the `ipquiz` command."""

import sys

from ipquiz.cli import main

sys.exit(main())
