"""``python -m newsaudit``."""

from newsaudit.cli import main

main()
