"""Invoke tasks: each wires one function of ``pipeline.commands`` to the command line.

    invoke build                      # seeds/ -> build/dossier.pdf, dossier.epub, index.html
    invoke build --source DIR --out DIR
    invoke clean | merge | memory     # one stage, output under OUT/stages/
    invoke pdf | epub | web           # one output, from the stages' output
    invoke wipe                       # delete build outputs
    invoke translate                  # machine English where reviewed English is missing
    invoke models --install FILE.argosmodel | --download [--from fa] | --list
    invoke serve --out DIR --port N   # the web edition and report.html on 127.0.0.1
"""

from __future__ import annotations

from pathlib import Path

from invoke import task

from pipeline import commands
from pipeline.build import Options

HELP = {
    "source": "project folder: articles, dossier.toml, glossary.toml, en/*.po (default: seeds)",
    "out": "output folder (default: build)",
    "keep_going": "skip bad articles with a warning in the report instead of stopping",
    "debug": "show a Python traceback on errors",
    "layout": "PDF layout: parallel, interleaved, source or en (default: from dossier.toml)",
    "archive": "archival PDF: PDF/A-3b with the sources, the report and the PO files embedded "
               "(default: [pdf] archive in dossier.toml)",
}


def _opts(source: str, out: str, keep_going: bool = False, layout: str | None = None,
          archive: bool = False) -> Options:
    overrides: dict = {"layout": {"pdf": layout}} if layout else {}
    if archive:  # only when asked: without it, dossier.toml decides
        overrides["pdf"] = {"archive": True}
    return Options(Path(source), Path(out), keep_going, layout, overrides)


STAGE_HELP = {k: v for k, v in HELP.items() if k not in ("layout", "archive")}
RENDER = {k: v for k, v in HELP.items() if k != "archive"}
MT_HELP = {
    "translate": "machine-translate blocks without reviewed English (needs an Argos model)",
    "models_dir": "folder of Argos packages (default: $DOSSIER_ARGOS_DIR or "
                  "~/.local/share/arabic-dossier/argos-packages)",
    "cluster": "Dask scheduler (tcp://HOST:PORT) whose workers translate and lay out the "
               "PDF's parts; implies --translate (default: [scale] cluster in dossier.toml)",
}


def _on_cluster(opts: Options, cluster: str | None) -> Options:
    if cluster:
        opts.overrides = {**opts.overrides, "scale": {"cluster": cluster}}
        opts.translate = True
    return opts


@task(help=STAGE_HELP)
def clean(c, source="seeds", out="build", keep_going=False, debug=False):
    """Clean every article: decode, find its parts, strip boilerplate, normalise, flag defects."""
    print(commands.guarded(debug, commands.clean, _opts(source, out, keep_going)))


@task(help=STAGE_HELP)
def merge(c, source="seeds", out="build", keep_going=False, debug=False):
    """Merge the cleaned articles: order, glossary variants, duplicate passages."""
    print(commands.guarded(debug, commands.merge, _opts(source, out, keep_going)))


@task(help=STAGE_HELP)
def memory(c, source="seeds", out="build", keep_going=False, debug=False):
    """Attach the reviewed English from the translation memory (en/*.po)."""
    print(commands.guarded(debug, commands.memory, _opts(source, out, keep_going)))


@task(help=HELP | MT_HELP)
def build(c, source="seeds", out="build", keep_going=False, debug=False, layout=None,
          translate=False, models_dir=None, archive=False, cluster=None):
    """Run every stage and render the dossier (PDF, EPUB, web edition) and report.json."""
    opts = _opts(source, out, keep_going, layout, archive)
    opts.translate, opts.models_dir = translate, models_dir
    _on_cluster(opts, cluster)
    print(commands.guarded(debug, commands.build, opts))


def _render(source: str, out: str, keep_going: bool, debug: bool, layout: str | None,
            output: str, archive: bool = False) -> None:
    opts = _opts(source, out, keep_going, None, archive)
    if layout:
        opts.overrides["layout"] = {output: layout}
    print(commands.guarded(debug, commands.render, opts, (output,)))


@task(help=HELP)
def pdf(c, source="seeds", out="build", keep_going=False, debug=False, layout=None,
        archive=False):
    """Render OUT/dossier.pdf from the text stages' output (rerun if the sources changed)."""
    _render(source, out, keep_going, debug, layout, "pdf", archive)


@task(help=RENDER | {"layout": "EPUB layout: interleaved, ar or en (default: from dossier.toml)"})
def epub(c, source="seeds", out="build", keep_going=False, debug=False, layout=None):
    """Render OUT/dossier.epub from the text stages' output (rerun if the sources changed)."""
    _render(source, out, keep_going, debug, layout, "epub")


@task(help=RENDER | {"layout": "web layout: interleaved, parallel, ar or en"})
def web(c, source="seeds", out="build", keep_going=False, debug=False, layout=None):
    """Render the web edition OUT/index.html, linking the PDF and EPUB beside it."""
    _render(source, out, keep_going, debug, layout, "web")


@task(help=STAGE_HELP)
def catalogs(c, source="seeds", out="build", keep_going=False, debug=False):
    """Update the translators' PO files in SOURCE/en/: an entry for every block, none lost."""
    print(commands.guarded(debug, commands.catalogs, _opts(source, out, keep_going)))


@task(help={"out": HELP["out"], "debug": HELP["debug"]})
def wipe(c, out="build", debug=False):
    """Delete the generated files in the out folder (sources are never touched)."""
    print(commands.guarded(debug, commands.wipe, Path(out)))


@task(help=STAGE_HELP | {k: MT_HELP[k] for k in ("models_dir", "cluster")})
def translate(c, source="seeds", out="build", keep_going=False, debug=False, models_dir=None,
              cluster=None):
    """Machine-translate (offline, Argos) every block without reviewed or fuzzy English."""
    opts = _on_cluster(_opts(source, out, keep_going), cluster)
    opts.models_dir = models_dir
    print(commands.guarded(debug, commands.translate, opts))


@task(help={"install": "validate and install an Argos package file (.argosmodel) from any "
                       "language into English",
            "download": "download packages from the Argos index (needs internet): the --from "
                        "language's, else one for every language of --source without one",
            "from": "source language (ISO code, e.g. fa) of the package to download",
            "source": "project folder whose languages --download covers (default: seeds)",
            "list": "list the installed language pairs (the default)",
            "models_dir": MT_HELP["models_dir"], "debug": HELP["debug"]})
def models(c, install=None, download=False, list_=False, models_dir=None, from_=None,
           source="seeds", debug=False):
    """Install, download or list the Argos Translate packages (one per language into English)."""
    print(commands.guarded(debug, commands.models, install, download, list_, models_dir,
                           from_, source))


@task(help={"out": "the built folder to serve (default: build)",
            "port": "port on 127.0.0.1 (default: 8000; 0 picks a free one)",
            "debug": HELP["debug"]})
def serve(c, out="build", port=8000, debug=False):
    """Serve the web edition (OUT/index.html, report.html, the downloads) on 127.0.0.1."""
    from pipeline.serve import serve as serve_out  # only this task needs http.server

    print(commands.guarded(debug, serve_out, Path(out), int(port)))
