"""Cells of the CSV and XLSX files the app writes: text a spreadsheet would run as a formula is kept text.

Names, addresses and subjects come from mail senders, so a cell starting with =, +, -, @ (or a tab or
carriage return, which some spreadsheets strip first) gets a leading apostrophe (OWASP "CSV Injection")."""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_START) else text
