"""``python -m diversify``: the command line, as the ``diversify`` script runs it."""

from diversify.cli import main

if __name__ == "__main__":
    main()
