"""The window's pages: Dashboard, Agreements, Bodies, Commitments, Parties."""
