"""Starting the web application: the host checked, a token made for a non-local one,
uvicorn run, the browser opened once the server listens."""

from __future__ import annotations

import ipaddress
import secrets
import threading
import time
import webbrowser
from collections.abc import Callable
from urllib.parse import quote

from jsperf.errors import InputError
from jsperf.messages import t


def local(host: str) -> bool:
    """Whether only this machine can reach `host`: a loopback address or `localhost`."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(host: str, port: int, open_browser: bool, lang: str, say: Callable[[str], None]) -> None:
    """Serve until interrupted, pages in `lang` unless a browser asks for the other; `say`
    prints the address (with the token when one is needed)."""
    try:
        import uvicorn

        from jsperf.web.app import create_app
    except ModuleNotFoundError as error:
        raise InputError(t("serve.needs_web", module=error.name)) from None
    token = None if local(host) else secrets.token_urlsafe(18)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/" + (f"?token={quote(token)}" if token else "")
    server = uvicorn.Server(uvicorn.Config(create_app(token, lang=lang), host=host, port=port, log_level="warning"))
    say(t("serve.started", url=url))
    if token:
        say(t("serve.token", host=host))
    if open_browser:
        threading.Thread(target=_open_when_started, args=(server, url), daemon=True).start()
    server.run()


def _open_when_started(server: object, url: str, wait: float = 10.0) -> None:
    deadline = time.monotonic() + wait
    while not getattr(server, "started", False) and time.monotonic() < deadline:
        time.sleep(0.05)
    webbrowser.open(url)
