"""Entry point of the frozen app: the same CLI as `privacy-desk` (no arguments opens the window)."""

from privacy_desk.cli import main

raise SystemExit(main())
