"""lexcompare: compare national anti-trafficking laws against the UN Trafficking Protocol and SDGs."""

__version__ = "0.1.0"
