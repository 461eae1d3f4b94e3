"""Bulk mode on top of the library: inputs (files, folders, archives),
the resumable journal, Parquet/DuckDB outputs, and the worker pool."""
