"""Exports for people (CSV, …) and analyses of results. No database, no Qt."""
