"""The Qt desktop application (PySide6). Nothing in reader.core imports this."""
