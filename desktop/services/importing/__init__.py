"""Importing registers from Excel: safe reading, header mapping, a checked plan, one transaction."""
