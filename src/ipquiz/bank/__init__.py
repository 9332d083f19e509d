"""Question-bank files <-> domain objects, with validation. No database here."""
