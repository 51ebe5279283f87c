"""``python -m utkikk``: the same command line as ``utkikk``."""

from .cli import app

app(prog_name="utkikk")
