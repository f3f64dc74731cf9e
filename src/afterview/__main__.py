"""`python -m afterview`."""

from afterview.cli import main

if __name__ == "__main__":
    main()
