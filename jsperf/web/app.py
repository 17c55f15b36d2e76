"""The web application behind `jsperf serve`: pages and downloads over the one pipeline.

Routes (GET unless said):
  /                          home: upload reports to audit, links to the other pages
  POST /audit                files → a new upload of the session → redirect to its page
  /audit/{id}                the audit page (`?rules=` re-runs it under another rule set)
  /audit/{id}/{download}     workbook.xlsx, findings.xlsx, findings.csv, audit.json, audit.html
  /fill                      the fill-in form on `jsperf new`'s template
  POST /fill                 the form recomputed (`?part=result` only the result, for the page's script)
  POST /fill/upload          the form from an uploaded project.yaml + .ind, or a .ind alone
  POST /fill/save/{file}     project.yaml, indicators.ind or workbook.xlsx of the form as posted
  /rules                     the shipped rule sets, their text and references; the session's own
  POST /rules                a `.rules` file checked (`rules check`) and, if sound, used for the session
  /codes/{code}              a diagnostic code's page
  /static/…                  the page's CSS and script: nothing is loaded from elsewhere

Pipeline runs hold one lock and speak the page's language: the catalogue's language is
one per process, and the work is CPU-bound, so threads would gain nothing by overlapping.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import re
import secrets
import threading
import zipfile
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jsperf.codes import CODES
from jsperf.errors import InputError
from jsperf.limits import DEFAULTS, MAX_MB
from jsperf.messages import LANGS, text, use
from jsperf.model import Audit, ScorecardAudit
from jsperf.vocabulary import label
from jsperf.web import fill
from jsperf.web.downloads import DOWNLOADS, XLSX, workbook_bytes
from jsperf.web.sessions import Session, Sessions

T = TypeVar("T")
SESSION_COOKIE, LANG_COOKIE, TOKEN_COOKIE = "jsperf_session", "jsperf_lang", "jsperf_token"
MAX_FILES = 20
MAX_FILE = DEFAULTS[MAX_MB] * 2**20  # bytes: the CLI's own default cap on one file
MAX_REQUEST = 2 * MAX_FILE  # bytes: a whole upload, however many files
_PIPELINE = threading.Lock()


def _env() -> Environment:
    env = Environment(loader=PackageLoader("jsperf.web", "templates"), autoescape=select_autoescape(),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["label"] = label
    return env


class _HttpOnly:
    """A middleware that looks at HTTP requests only; anything else (lifespan) passes."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await self.http(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        raise NotImplementedError


class Limits(_HttpOnly):
    """Refuses a request body larger than `max_request` before it is read, by its declared
    length, and while it streams, whatever it declared: the form parser never sees it."""

    def __init__(self, app: ASGIApp, max_request: int = MAX_REQUEST) -> None:
        super().__init__(app)
        self.max_request = max_request

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_request:
            refused = HTMLResponse(_words(scope, "web.too_large", limit=self.max_request), status_code=413)
            await refused(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_request:
                raise HTTPException(413, _words(scope, "web.too_large", limit=self.max_request))
            return message

        await self.app(scope, counted, send)


class Token(_HttpOnly):
    """With a host other than this machine, every request shows the token printed at
    start-up, once in the URL (`?token=`), after that in a cookie."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        super().__init__(app)
        self.token = token

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope)
        given = request.query_params.get("token") or request.cookies.get(TOKEN_COOKIE) or ""
        if not secrets.compare_digest(given.encode(), self.token.encode()):
            await HTMLResponse(_words(scope, "web.token_needed"), status_code=403)(scope, receive, send)
            return

        async def remembered(message: Message) -> None:
            if message["type"] == "http.response.start" and "token" in request.query_params:
                cookie = f"{TOKEN_COOKIE}={self.token}; Path=/; HttpOnly; SameSite=Strict"
                message["headers"] = [*message.get("headers", []), (b"set-cookie", cookie.encode())]
            await send(message)

        await self.app(scope, receive, remembered)


def page_lang(scope: Scope) -> str:
    """`?lang=en` (remembered in a cookie), else the cookie, else the server's language
    (`jsperf serve --lang`, Chinese by default)."""
    request = Request(scope)
    default: str = request.app.state.lang
    wanted = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE) or default
    return wanted if wanted in LANGS else default


def _words(scope: Scope, key: str, /, **params: object) -> str:
    return text(key, page_lang(scope), **params)


def _locked(lang: str, work: Callable[[], T]) -> T:
    with _PIPELINE:
        previous = use(lang)
        try:
            return work()
        finally:
            use(previous)


async def pipeline(lang: str, work: Callable[[], T]) -> T:
    """`work` off the event loop, one at a time, in the page's language."""
    return await run_in_threadpool(_locked, lang, work)


class Web:
    """The routes, over one store of sessions and one template environment."""

    def __init__(self, sessions: Sessions, max_file: int) -> None:
        self.sessions = sessions
        self.max_file = max_file
        self.templates = _env()

    # ------------------------------------------------------------ plumbing

    def session(self, request: Request) -> Session:
        """The browser's session, the same for the whole request (an error page included)."""
        if not hasattr(request.state, "session"):
            request.state.session = self.sessions.get(request.cookies.get(SESSION_COOKIE))
        session: Session = request.state.session
        return session

    def render(self, request: Request, name: str, status: int = 200, **context: Any) -> Response:
        """A template in the page's language, as the response."""
        return self.respond(request, HTMLResponse(self.html(request, name, **context), status_code=status))

    def html(self, request: Request, name: str, **context: Any) -> str:
        lang = page_lang(request.scope)
        words = lambda key, **params: text(key, lang, **params)  # noqa: E731
        html = self.templates.get_template(name).render(t=words, lang=lang, path=request.url.path, **context)
        return _hidden(html, self.session(request))

    def respond(self, request: Request, response: Response) -> Response:
        """`response` with the session's cookie, and the language's when the page was asked for one."""
        response.set_cookie(SESSION_COOKIE, self.session(request).id, httponly=True, samesite="strict")
        if "lang" in request.query_params:
            response.set_cookie(LANG_COOKIE, page_lang(request.scope), samesite="strict")
        return response

    def failure(self, request: Request, error: InputError) -> Response:
        """Input that cannot be used, said on the page: 400 or 413 for the request itself
        (`Refused`), 422 for a file or form that jsperf cannot read."""
        status = error.status if isinstance(error, Refused) else 422
        return self.render(request, "error.html", status, message=str(error))

    async def files(self, request: Request, field: str = "files") -> list[tuple[str, bytes]]:
        """The uploaded files of a form, each within the CLI's size cap; an empty form is an error."""
        form = await self.form(request, MAX_FILES)
        uploads = [item for item in form.getlist(field) if isinstance(item, UploadFile) and item.filename]
        if not uploads:
            raise Refused(_words(request.scope, "web.no_file"), 400)
        files = []
        for item in uploads:
            content = await item.read(self.max_file + 1)
            if len(content) > self.max_file:
                raise Refused(_words(request.scope, "web.file_too_large", name=item.filename, limit=self.max_file), 413)
            files.append((item.filename or "", content))
        return files

    async def form(self, request: Request, max_files: int) -> FormData:
        """The posted form; one the parser refuses (too many files or fields, not a form)
        said in the page's language rather than the parser's English."""
        try:
            return await request.form(max_files=max_files, max_fields=20 * fill.MAX_ROWS)
        except HTTPException as error:
            if error.status_code != 400:  # a body over the cap (`Limits`): said already
                raise
            raise Refused(_words(request.scope, "web.bad_form", files=max_files), 400) from None

    def rules_option(self, session: Session, wanted: str | None) -> str | None:
        """`?rules=`: a shipped rule set's name, `session` for the session's own, else inferred."""
        from jsperf.rules.parse import shipped_names

        if wanted == "session" and session.rules_file is not None:
            return str(session.rules_file)
        return wanted if wanted in shipped_names() else None

    def rule_choices(self, session: Session) -> list[str]:
        from jsperf.rules.parse import shipped_names

        return [*shipped_names(), *(["session"] if session.rules_file is not None else [])]

    # ------------------------------------------------------------ audit

    async def home(self, request: Request) -> Response:
        return self.render(request, "home.html", max_file=self.max_file, max_files=MAX_FILES)

    async def upload(self, request: Request) -> Response:
        session = self.session(request)
        try:
            upload_id = session.save(await self.files(request))
            try:
                await self.audit_of(request, session, upload_id, None)
            except InputError:
                del session.uploads[upload_id]  # a page that cannot be shown is not kept
                raise
        except InputError as error:
            return self.failure(request, error)
        return self.respond(request, RedirectResponse(f"/audit/{upload_id}", status_code=303))

    async def audit_of(self, request: Request, session: Session, upload_id: str, option: str | None) -> Audit:
        from jsperf.pipeline import audit_loaded
        from jsperf.sources import load

        upload = session.uploads.get(upload_id)
        if upload is None:
            raise HTTPException(404, _words(request.scope, "web.expired"))
        lang = page_lang(request.scope)
        if (option, lang) not in upload.audits:  # the page and each download of it: one run
            upload.audits[option, lang] = await pipeline(lang, lambda: audit_loaded(load(list(upload.files)), option))
        return upload.audits[option, lang]

    async def audit(self, request: Request) -> Response:
        from jsperf.writers.html import grade_chart
        from jsperf.writers.views import audit_view, chosen_by_text

        session = self.session(request)
        upload_id = request.path_params["upload"]
        wanted = request.query_params.get("rules")
        lang = page_lang(request.scope)
        try:
            audit = await self.audit_of(request, session, upload_id, self.rules_option(session, wanted))
            view = await pipeline(lang, lambda: audit_view(audit, lang))
        except InputError as error:
            return self.failure(request, error)
        return self.render(request, "audit.html", upload_id=upload_id, names=session.uploads[upload_id].names,
                           audit=audit, view=view, summary=view.summary, chart=Markup(grade_chart(view.summary.grades, lang)),
                           chosen_by=chosen_by_text(audit.chosen_by, lang), choices=self.rule_choices(session),
                           wanted=wanted or "", downloads=DOWNLOADS, query=_rules_query(wanted))

    async def download(self, request: Request) -> Response:
        session = self.session(request)
        name = request.path_params["download"]
        if name not in DOWNLOADS:
            raise HTTPException(404, _words(request.scope, "web.not_found"))
        lang = page_lang(request.scope)
        try:
            audit = await self.audit_of(request, session, request.path_params["upload"],
                                        self.rules_option(session, request.query_params.get("rules")))
        except InputError as error:
            return self.failure(request, error)
        download = DOWNLOADS[name]
        made = session.uploads[request.path_params["upload"]].downloads
        key = (name, self.rules_option(session, request.query_params.get("rules")), lang)
        if key not in made:  # a workbook takes seconds to write: once
            made[key] = await pipeline(lang, lambda: _hidden_in(download.make(audit, lang), session))
        return self.respond(request, _attachment(made[key], download.kind, f"jsperf-{name}"))

    # ------------------------------------------------------------ fill in

    async def fill_new(self, request: Request) -> Response:
        from jsperf.samples import standard_project

        session = self.session(request)
        name = fill.one_line(request.query_params.get("name", "")) or _words(request.scope, "web.fill.new_name")
        form = fill.form_of(standard_project(name, "national"))
        return await self.fill_page(request, session, form, "national")

    async def fill_upload(self, request: Request) -> Response:
        session = self.session(request)
        try:
            files = await self.files(request)
            upload = session.uploads.pop(session.save(files))  # read once into the form, not an audit page
            form, rules = await pipeline(page_lang(request.scope), lambda: fill.form_of_files(upload.files))
        except InputError as error:
            return self.failure(request, error)
        return await self.fill_page(request, session, form, rules if rules in self.rule_choices(session) else "national")

    async def fill_post(self, request: Request) -> Response:
        session = self.session(request)
        try:
            form, rules = await self.posted(request)
        except InputError as error:
            return self.failure(request, error)
        if request.query_params.get("part") == "result":
            scored = await self.scored(request, session, form, rules)
            return self.respond(request, HTMLResponse(self.html(request, "fill_result.html", **scored)))
        return await self.fill_page(request, session, form, rules)

    async def posted(self, request: Request) -> tuple[fill.Form, str]:
        data = await self.form(request, 0)
        first = lambda key: str(data.get(key) or "")  # noqa: E731
        every = lambda key: [str(value) for value in data.getlist(key)]  # noqa: E731
        return fill.form_from(first, every), first("rules") or "national"

    async def scored(self, request: Request, session: Session, form: fill.Form, rules: str) -> dict[str, Any]:
        """The form written as files and scored as `jsperf score` scores them: the result
        and its findings, or the error that stops it."""
        from jsperf.model import RulesChoice
        from jsperf.pipeline import one_scorecard
        from jsperf.writers.views import scorecard_view

        lang = page_lang(request.scope)
        named, option = self.rules_name(session, rules), self.rules_option(session, rules)

        def score() -> ScorecardAudit:  # written and read under the lock: one form at a time per folder
            return one_scorecard(fill.write(form, session.scratch("fill"), named), None, option)[0]

        try:
            card = await pipeline(lang, score)
        except InputError as error:
            return {"result": None, "error": str(error)}
        choice = RulesChoice(card.result.rules.name, "project")
        return {"result": await pipeline(lang, lambda: scorecard_view(card, lang, choice)), "error": None,
                "card": card}

    def rules_name(self, session: Session, rules: str) -> str:
        """The rule set the saved project names: a shipped one, or the session's file by its own name."""
        if rules == "session" and session.rules_file is not None:
            return session.rules_file.name
        return rules if rules in self.rule_choices(session) else "national"

    async def fill_page(self, request: Request, session: Session, form: fill.Form, rules: str) -> Response:
        scored = await self.scored(request, session, form, rules)
        card: ScorecardAudit | None = scored.get("card")
        return self.render(request, "fill.html", form=form, rules=rules, choices=self.rule_choices(session),
                           ops=fill.OPS, flags=fill.flags(card.findings if card else ()), **scored)

    async def fill_save(self, request: Request) -> Response:
        session = self.session(request)
        name = request.path_params["file"]
        try:
            form, rules = await self.posted(request)
        except InputError as error:
            return self.failure(request, error)
        stem = fill.file_stem(form.name)
        named = self.rules_name(session, rules)
        if name == "project.yaml":
            content, kind = fill.yaml_text(form, f"{stem}.ind", named).encode(), "text/yaml; charset=utf-8"
            filename = f"{stem}.yaml"
        elif name == "indicators.ind":
            content, kind, filename = fill.ind_text(form, named).encode(), "text/plain; charset=utf-8", f"{stem}.ind"
        elif name == "workbook.xlsx":
            scored = await self.scored(request, session, form, rules)
            if scored["result"] is None:
                return self.render(request, "error.html", 422, message=scored["error"])
            card = scored["card"]
            lang = page_lang(request.scope)
            content = await pipeline(lang, lambda: workbook_bytes([(card.result, list(card.findings))], lang))
            kind, filename = XLSX, f"{stem}.xlsx"
        else:
            raise HTTPException(404, _words(request.scope, "web.not_found"))
        return self.respond(request, _attachment(content, kind, filename))

    # ------------------------------------------------------------ rules and codes

    async def rules(self, request: Request) -> Response:
        return await self.rules_page(request, self.session(request), None)

    async def rules_page(self, request: Request, session: Session, verdict: dict[str, Any] | None,
                         status: int = 200) -> Response:
        from jsperf.rules.parse import load_rules, shipped_names

        shipped = [load_rules(name) for name in shipped_names()]
        texts = [Path(rule_set.file).read_text(encoding="utf-8") for rule_set in shipped]
        own = load_rules(str(session.rules_file)) if session.rules_file is not None else None
        return self.render(request, "rules.html", status, shipped=list(zip(shipped, texts, strict=True)),
                           own=own, verdict=verdict)

    async def rules_upload(self, request: Request) -> Response:
        """A `.rules` file checked as `jsperf rules check` checks it; used for the session if sound."""
        from jsperf.rules.parse import load_rules
        from jsperf.rules.verify import verify

        session = self.session(request)
        try:
            upload = session.uploads.pop(session.save((await self.files(request))[:1]))
        except InputError as error:
            return self.failure(request, error)
        path, name = upload.files[0], upload.names[0]
        try:
            problems = await pipeline(page_lang(request.scope), lambda: verify(load_rules(str(path))))
        except InputError as error:
            return await self.rules_page(request, session, {"name": name, "error": str(error)}, 422)
        if not problems:
            session.rules_file = path
        return await self.rules_page(request, session, {"name": name, "problems": problems, "error": None},
                                     422 if problems else 200)

    async def code(self, request: Request) -> Response:
        code = CODES.get(request.path_params["code"].upper())
        if code is None:
            raise HTTPException(404, _words(request.scope, "web.not_found"))
        return self.render(request, "code.html", code=code)

    async def not_found(self, request: Request, error: Exception) -> Response:
        """An HTTP error as a page in the page's language, never a stack trace."""
        status = error.status_code if isinstance(error, HTTPException) else 500
        detail = error.detail if isinstance(error, HTTPException) else _words(request.scope, "web.internal")
        return self.render(request, "error.html", status, message=detail)


class Refused(InputError):
    """A request refused as such (no file, a file too large), with its HTTP status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def _rules_query(wanted: str | None) -> str:
    return f"?rules={quote(wanted)}" if wanted else ""


def _hidden(text_: str, session: Session) -> str:
    """A page or download without where the server keeps files: `…/<session>/<upload>/报告.txt:12:1`
    shown as `报告.txt:12:1`, the name the file was stored under."""
    return re.sub(re.escape(str(session.folder)) + r"[/\\][\w-]+[/\\]", "", text_)


def _hidden_in(content: bytes, session: Session) -> bytes:
    """A download without the server's folders (`_hidden`): a text file as it is, a
    workbook in each of its parts (an `.xlsx` is a zip of XML texts)."""
    if not zipfile.is_zipfile(io.BytesIO(content)):
        bom = content.startswith(codecs.BOM_UTF8)
        return (codecs.BOM_UTF8 if bom else b"") + _hidden(content.decode("utf-8-sig"), session).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(content)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            part = source.read(item)
            target.writestr(item, _hidden(part.decode(), session).encode() if item.filename.endswith(".xml") else part)
    return out.getvalue()


def _attachment(content: bytes, kind: str, filename: str) -> Response:
    disposition = f"attachment; filename*=UTF-8''{quote(filename)}"
    return Response(content, media_type=kind, headers={"content-disposition": disposition})


def create_app(token: str | None = None, sessions: Sessions | None = None, max_file: int = MAX_FILE,
               max_request: int = MAX_REQUEST, lang: str = "zh") -> Starlette:
    """The application; `token` required of every request when given (a non-local host);
    one file at most `max_file` bytes, a request at most `max_request`; pages in `lang`
    unless the browser asks for the other."""
    store = sessions or Sessions()
    web = Web(store, max_file)

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        yield
        store.close()

    handler: Callable[[Request, Exception], Awaitable[Response]] = web.not_found
    routes = [
        Route("/", web.home),
        Route("/audit", web.upload, methods=["POST"]),
        Route("/audit/{upload}", web.audit),
        Route("/audit/{upload}/{download}", web.download),
        Route("/fill", web.fill_new),
        Route("/fill", web.fill_post, methods=["POST"]),
        Route("/fill/upload", web.fill_upload, methods=["POST"]),
        Route("/fill/save/{file}", web.fill_save, methods=["POST"]),
        Route("/rules", web.rules),
        Route("/rules", web.rules_upload, methods=["POST"]),
        Route("/codes/{code}", web.code),
        Mount("/static", StaticFiles(packages=[("jsperf.web", "static")]), name="static"),
    ]
    middleware = [Middleware(Limits, max_request=max_request)] + ([Middleware(Token, token=token)] if token else [])
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan,
                    exception_handlers={HTTPException: handler, Exception: handler})
    app.state.lang = lang
    return app

