"""Machine translation on a Dask cluster: a LocalCluster this test starts on 127.0.0.1, one
worker process, a tiny Argos package built offline."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("argostranslate")
distributed = pytest.importorskip("distributed")

from pipeline import model as m  # noqa: E402
from pipeline.build import Options, run_text_stages  # noqa: E402
from pipeline.errors import PipelineError  # noqa: E402
from pipeline.translate import models as mt  # noqa: E402

from .conftest import SEEDS  # noqa: E402
from .tiny_model import build_package  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as c:
        yield c


def test_a_build_on_a_cluster_translates_on_its_worker(seeds_copy, tmp_path, monkeypatch,
                                                      cluster):
    package = build_package(tmp_path / "gloss.argosmodel", seeds=str(SEEDS), mode="gloss")
    models = tmp_path / "models"
    mt.install(Path(package["output"]), models)
    monkeypatch.setenv(mt.ENV_DIR, str(models))
    address = cluster.scheduler_address
    on_cluster, _ = run_text_stages(Options(seeds_copy, tmp_path / "out", translate=True,
                                            overrides={"scale": {"cluster": address}}))
    stats = on_cluster.translation
    assert stats.translated > 0 and stats.cluster == address
    worker = next(iter(cluster.workers.values())).worker_address
    assert stats.workers == [worker]  # the sentences went to the worker, not this process
    assert "on the Dask cluster" in stats.summary()
    # The same English as a local build, block for block.
    local, _ = run_text_stages(Options(seeds_copy, tmp_path / "local", translate=True))
    machine = [(b.id, b.en) for b in on_cluster.blocks() if b.en_origin == m.MACHINE]
    assert machine and machine == [(b.id, b.en) for b in local.blocks()
                                   if b.en_origin == m.MACHINE]


def test_an_unreachable_scheduler_is_one_clear_error(seeds_copy, tmp_path, monkeypatch):
    package = build_package(tmp_path / "gloss.argosmodel", seeds=str(SEEDS), mode="gloss")
    models = tmp_path / "models"
    mt.install(Path(package["output"]), models)
    monkeypatch.setenv(mt.ENV_DIR, str(models))
    monkeypatch.setattr("pipeline.translate.cluster.CONNECT_SECONDS", 1)
    with pytest.raises(PipelineError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        run_text_stages(Options(seeds_copy, tmp_path / "out", translate=True,
                                overrides={"scale": {"cluster": "tcp://127.0.0.1:9"}}))


def test_the_pdf_parts_are_laid_out_on_the_workers(seeds_copy, tmp_path, cluster):
    # issue 19: with a cluster, the PDF's parts go to its workers too; the pages are those
    # of parts laid out here, one after another.
    import json

    from pipeline import commands
    from pipeline.render import pdf_parts

    from .test_pdf_parts import _pixels

    address = cluster.scheduler_address
    parts = {"layout": {"pdf_part_articles": 2}}
    out = tmp_path / "out"
    said = commands.build(Options(seeds_copy, out, overrides={**parts,
                                                              "scale": {"cluster": address}}),
                          ("pdf",))
    worker = next(iter(cluster.workers.values())).worker_address
    layout = json.loads((out / "report.json").read_text("utf-8"))["pdf_layout"]
    assert layout["cluster"] == address and layout["workers"] == [worker]
    assert f"laid out on the Dask cluster at {address} (1 worker(s))" in said
    with distributed.Client(address, set_as_default=False) as client:
        laid = client.run(lambda: pdf_parts.LAID_OUT_HERE)
    assert laid[worker] >= layout["parts"]  # every part at least once, on the worker
    local = tmp_path / "local"
    commands.build(Options(seeds_copy, local, overrides={
        **parts, "scale": {"layout_workers": 1}}), ("pdf",))
    a, b = _pixels(out / "dossier.pdf", tmp_path / "a"), _pixels(local / "dossier.pdf",
                                                                 tmp_path / "b")
    differing = [n for n, (x, y) in enumerate(zip(a, b, strict=True), start=1) if x != y]
    assert len(a) == len(b) > 20 and differing in ([], [len(a)])
