"""Realistic demo data in both languages.

Other features import from here only (docs/ARCHITECTURE.md §2); the modules are this feature's own."""

from __future__ import annotations

from privacy_desk.services.demo.service import fill_demo

__all__ = ["fill_demo"]
