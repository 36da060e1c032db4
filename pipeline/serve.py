"""`invoke serve`: the out folder over HTTP on 127.0.0.1, to read the web edition in a browser.

Only the loopback address is bound: this is a preview for the person who built the dossier, not
a web server to expose. The standard library's server is enough for that and adds no
dependency.
"""

from __future__ import annotations

import errno
import functools
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from .errors import PipelineError

HOST = "127.0.0.1"


class Handler(SimpleHTTPRequestHandler):
    # mimetypes may not know these on a bare system; a browser needs them to offer the download
    # under the right type and to apply the stylesheet.
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".epub": "application/epub+zip",
        ".pdf": "application/pdf",
        ".css": "text/css",
        ".html": "text/html; charset=utf-8",
        ".json": "application/json",
        ".ttf": "font/ttf",
        ".otf": "font/otf",
        ".woff2": "font/woff2",
        ".svg": "image/svg+xml",
    }
    quiet = False

    def log_message(self, format: str, *args: Any) -> None:
        if not self.quiet:
            super().log_message(format, *args)


class Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # A reader who cancels a download or leaves mid-page closes the connection; that is not
        # an error worth a traceback in the terminal.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


def make_server(out: Path, port: int = 8000, quiet: bool = False) -> Server:
    """A server for ``out`` bound to 127.0.0.1:``port`` (0: any free port), not yet started."""
    out = Path(out).resolve()
    if not (out / "index.html").is_file():
        raise PipelineError("no index.html here: build the web edition first "
                            "(invoke build --out DIR)", out)
    # The class attribute, not an instance one: http.server makes a handler per request.
    handler_class = type("QuietHandler", (Handler,), {"quiet": True}) if quiet else Handler
    handler = functools.partial(handler_class, directory=str(out))
    try:
        return Server((HOST, port), handler)
    except OverflowError:
        raise PipelineError(f"port {port} is not a valid port number (0-65535)") from None
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise PipelineError(f"port {port} is already in use; choose another with "
                                "--port N") from None
        if exc.errno == errno.EACCES:
            raise PipelineError(f"port {port} needs privileges; choose one above 1023 "
                                "with --port N") from None
        raise PipelineError(f"cannot listen on {HOST}:{port}: {exc.strerror or exc}") from None


def url_of(server: ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    return f"http://{host}:{port}/"


def serve(out: Path, port: int = 8000) -> str:
    """Serve until Ctrl-C; returns the line to print when stopped."""
    server = make_server(out, port)
    with server:
        print(f"serving {Path(out).resolve()} at {url_of(server)} (Ctrl-C to stop)", flush=True)
        print(f"  build report: {url_of(server)}report.html", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            # Ctrl-C is how one stops a preview server: no traceback, no error status.
            print(file=sys.stderr)
    return "stopped"
