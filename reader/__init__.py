"""An offline reader for Arabic news: reading, annotating, claims, sources and entities."""

__version__ = "0.1.0"
