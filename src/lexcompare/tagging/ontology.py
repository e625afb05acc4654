"""The ontology (annotations/ontology.yaml) and the SDG crosswalk (annotations/sdg.yaml) as values."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from lexcompare.errors import LexcompareError
from lexcompare.resources import annotations_dir


@dataclass(frozen=True)
class Element:
    code: str
    group: str
    name: str
    description: str
    ref: str


@dataclass(frozen=True)
class Target:
    code: str
    name: str


@dataclass(frozen=True)
class Ontology:
    version: int
    groups: tuple[tuple[str, str], ...]
    elements: tuple[Element, ...]
    targets: tuple[Target, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(e.code for e in self.elements)

    @property
    def target_codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.targets)

    def element(self, code: str) -> Element:
        for e in self.elements:
            if e.code == code:
                return e
        raise KeyError(code)

    def label(self, code: str) -> str:
        """Plain label for users: "Definition: means"."""
        try:
            return self.element(code).name
        except KeyError:
            for t in self.targets:
                if t.code == code:
                    return f"SDG {t.code}: {t.name}"
            return code


def _load_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise LexcompareError(
            "data file missing",
            path=path,
            remedy="Reinstall lexcompare; the annotations data ships with it",
        ) from e
    except yaml.YAMLError as e:
        raise LexcompareError(
            f"invalid YAML: {e}",
            path=path,
            remedy="Fix the file (it is project data, under version control)",
        ) from e


@lru_cache(maxsize=4)
def load_ontology(path: str | None = None) -> Ontology:
    p = Path(path) if path else annotations_dir() / "ontology.yaml"
    d = _load_yaml(p)
    return Ontology(
        version=int(d.get("version", 1)),
        groups=tuple((str(k), str(v)) for k, v in d["groups"].items()),
        elements=tuple(
            Element(
                str(e["code"]),
                str(e["group"]),
                str(e["name"]),
                str(e["description"]),
                str(e.get("ref", "")),
            )
            for e in d["elements"]
        ),
        targets=tuple(Target(str(t["code"]), str(t["name"])) for t in d["sdg_targets"]),
    )
