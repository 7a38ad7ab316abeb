"""Jurisdiction-free core: money, terms, intervals, sanctions, formulas, facts and results."""
