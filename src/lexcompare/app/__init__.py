"""The Streamlit app (`streamlit run streamlit_app.py`): the only part of lexcompare that imports
streamlit.  One module per page (`page_*.py`, each run by Streamlit as a script); `data.py` holds
every cache; `ui.py` the shared widgets and the HTML of provisions."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

HERE = Path(__file__).resolve().parent

# (url path, title, icon); the first is the home page.
PAGES: tuple[tuple[str, str, str], ...] = (
    ("overview", "Overview", ":material/grid_view:"),
    ("compare", "Compare", ":material/view_column:"),
    ("profile", "Country profile", ":material/flag:"),
    ("search", "Search", ":material/search:"),
    ("draft", "Check a draft", ":material/upload_file:"),
    ("review", "Review", ":material/rule:"),
)

_registered: dict[str, st.Page] = {}


def page_file(name: str) -> Path:
    return HERE / f"page_{name}.py"


def pages() -> list[st.Page]:
    """The app's pages for `st.navigation` (remembered so that pages can link to each other)."""
    out = []
    for i, (name, title, icon) in enumerate(PAGES):
        page = st.Page(page_file(name), title=title, icon=icon, url_path=name, default=i == 0)
        _registered[name] = page
        out.append(page)
    return out


def page(name: str) -> st.Page | Path:
    """The registered page object (for st.switch_page / st.page_link), else its file."""
    return _registered.get(name) or page_file(name)
