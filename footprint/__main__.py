"""`python -m footprint` runs the same CLI as the `footprint` console script."""

from footprint.cli import main

main()
