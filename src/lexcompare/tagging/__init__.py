"""Tagging: Protocol elements and SDG targets for each citable provision, with evidence."""

from lexcompare.tagging.pipeline import TaggedProvision, build_pipeline, tag_law, tag_text

__all__ = ["TaggedProvision", "build_pipeline", "tag_law", "tag_text"]
