"""Renderers: explanations as text and HTML."""
