"""ipquiz: a bilingual desktop quiz on intellectual property."""

__version__ = "0.1.0"
