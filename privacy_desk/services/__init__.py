"""Use cases shared by the GUI and the CLI. Each call is one short transaction and returns plain data."""
