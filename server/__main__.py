"""``python -m server``: the same as ``kg serve``, for development."""

import sys

from server.serve import main

if __name__ == "__main__":
    sys.exit(main())
