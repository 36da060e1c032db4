from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.build import Options, run_text_stages
from pipeline.config import load_config

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seeds_dossier(tmp_path_factory):
    """The seeds run through clean, merge and the translation memory once per test session."""
    out = tmp_path_factory.mktemp("seeds-build")
    dossier, _ = run_text_stages(Options(SEEDS, out))
    return dossier


@pytest.fixture
def project(tmp_path):
    """A fresh project folder; tests write articles into it."""
    folder = tmp_path / "project"
    folder.mkdir()
    return folder


@pytest.fixture
def seeds_copy(tmp_path):
    """The seeds without their reviewed English (en/), so machine translation has work to do;
    tests that need reviewed English write the entries they need."""
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    shutil.rmtree(folder / "en")
    return folder


def cfg_for(folder: Path, **sections):
    return load_config(folder, sections or None)
