"""A local dashboard over a batch's outputs: `govextract dashboard OUT/`.

Overview, agency and report pages, a search, and CSV of every table shown,
from the DuckDB database `govextract batch` writes; or the same as one
self-contained HTML file (`--html`). Needs the `dashboard` extra.
"""
from .app import create_app, serve
from .export import export_html

__all__ = ["create_app", "serve", "export_html"]
