"""Use cases shared by the GUI and the CLI; they own transactions and return domain objects."""
