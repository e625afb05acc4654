"""lexcompare in the browser: `streamlit run streamlit_app.py` (page config and navigation only;
the pages live in src/lexcompare/app/)."""

import streamlit as st

from lexcompare.app import pages

st.set_page_config(page_title="lexcompare", page_icon=":material/balance:", layout="wide")
st.navigation(pages()).run()
