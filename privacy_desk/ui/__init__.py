"""The Qt user interface. Only this package (and `privacy_desk.app`) imports PySide6's widgets.

Modules here stay light to import: anything that pulls in SQLAlchemy, babel or reportlab is imported
inside the function that needs it, so the main window paints before those load (docs/ARCHITECTURE.md §6.2).
"""
