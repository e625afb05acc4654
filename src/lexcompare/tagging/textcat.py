"""The classifier's architecture: spaCy's bag-of-words text classifier over a chosen token
attribute.  spaCy's `spacy.TextCatBOW.v3` counts ORTH (exact spelling); statutes capitalise
headings and defined terms, so we count LOWER: "Trafficking" and "trafficking" are one feature.

Registered under a versioned name; never change a .v1, add a .v2.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from spacy import attrs as spacy_attrs
from spacy.ml.extract_ngrams import extract_ngrams
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Logistic, Model, SparseLinear_v2, chain, resizable, with_cpu
from thinc.layers.resizable import resize_linear_weighted, resize_model
from thinc.types import Floats2d

NEG_VALUE = -5000


@registry.architectures("lexcompare.TextCatBOW.v1")  # type: ignore[untyped-decorator]
def build_bow_classifier(
    ngram_size: int = 1,
    length: int = 16384,
    attr: str = "LOWER",
    nO: int | None = None,
) -> Model[list[Doc], Floats2d]:
    """Multilabel bag of n-grams of `attr` (a spaCy token attribute name) -> hashed sparse
    linear layer of `length` rows (rounded up to a power of two) -> logistic output."""
    attr_id = getattr(spacy_attrs, attr)
    length = 2 ** (length - 1).bit_length()
    sparse = SparseLinear_v2(nO=nO, length=length)
    layer: Model[Any, Any] = resizable(
        sparse, resize_layer=partial(resize_linear_weighted, fill_defaults={"b": NEG_VALUE, "W": 0})
    )
    model: Model[list[Doc], Floats2d] = chain(
        with_cpu(chain(extract_ngrams(ngram_size, attr=attr_id), layer), layer.ops),
        with_cpu(Logistic(), layer.ops),
    )
    if nO is not None:
        model.set_dim("nO", nO)
    model.set_ref("output_layer", sparse)
    model.attrs["multi_label"] = True
    model.attrs["resize_output"] = partial(_resize, resizable_layer=layer)
    return model


def _resize(
    model: Model[Any, Any], new_nO: int, resizable_layer: Model[Any, Any]
) -> Model[Any, Any]:
    resizable_layer = resize_model(resizable_layer, new_nO)
    model.set_ref("output_layer", resizable_layer.layers[0])
    model.set_dim("nO", new_nO, force=True)
    return model
