"""Plain-Python core: questions, quiz specs, scoring and the quiz state machine.

Nothing here imports Qt, SQLAlchemy or does I/O, so every rule is testable alone.
"""
