"""Language support: Qt translators (qt.py) and locale-aware formatting with babel (formatting.py)."""
