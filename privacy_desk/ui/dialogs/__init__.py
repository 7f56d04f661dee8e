"""Dialogs opened from the main window: settings, deadline calculator, users and roles."""
