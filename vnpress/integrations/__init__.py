"""Bridges to distributed engines (optional dependencies, imported on use)."""
