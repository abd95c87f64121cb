"""Kelisim (келісім, "agreement"): a desktop tracker for international agreements."""

__version__ = "0.1.0"
APP_NAME = "Kelisim"
ORG_NAME = "Kelisim"
