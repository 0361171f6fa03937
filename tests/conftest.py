"""Fixtures shared by the test modules."""
from __future__ import annotations

import pytest
import spacy
from spacy.language import Language


@pytest.fixture(scope="session")
def nlp() -> Language:
    """A blank Swedish pipeline (no trained Swedish model exists here) with the component."""
    pipeline = spacy.blank("sv")
    pipeline.add_pipe("money_amounts")
    return pipeline
