"""The local page: `discreet serve` runs a loopback-only server for one page (see server.py)."""
