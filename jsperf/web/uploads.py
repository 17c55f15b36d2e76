"""Uploaded project files kept inside their folder.

A `project.yaml` names other files: its indicator file (`indicator_set: {file: …}`) and
perhaps a `.rules` file (`rules:`).  Read as they stand on the server, those names would
be paths from the browser: `../../etc/passwd`, or a file in the server's own folder.  So
each name is pointed at the file of the same name uploaded with it (its stored name),
a shipped rule set's name is left as it is, and any other name is refused before the
project is read.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from jsperf.errors import InputError
from jsperf.messages import t
from jsperf.model import Span
from jsperf.sources import PROJECT_SUFFIXES
from jsperf.yamlfile import Y, load_yaml


def confine(files: Sequence[Path], names: Sequence[str]) -> set[str]:
    """Rewrite each uploaded project file to name only files uploaded with it (`names`:
    as the browser named `files`), or refuse it; the stored names of the files named,
    which are parts of a project rather than reports of their own."""
    stored = {name: path.name for path, name in zip(files, names, strict=True)}
    named: set[str] = set()
    for path in files:
        if path.suffix.lower() in PROJECT_SUFFIXES:
            named |= _relink(path, stored)
    return named


def _relink(path: Path, stored: dict[str, str]) -> set[str]:
    from jsperf.rules.parse import shipped_names

    text = path.read_text(encoding="utf-8", errors="replace")
    try:
        root = load_yaml(text, path.name)
    except InputError:
        return set()  # the project reader will say so, having followed no name
    if not isinstance(root.value, dict):
        return set()
    references: list[Y] = []
    spec = root.value.get("indicator_set")
    if spec is not None and isinstance(spec.value, dict):
        spec = spec.value.get("file")
    if spec is not None and isinstance(spec.value, str):
        references.append(spec)
    rules = root.value.get("rules")
    if rules is not None and isinstance(rules.value, str) and rules.value.strip() not in shipped_names():
        references.append(rules)
    lines = text.split("\n")
    named = set()
    for node in references:
        line, name = _pointed(lines[node.span.line - 1], node, stored)
        lines[node.span.line - 1] = line
        named.add(name)
    path.write_text("\n".join(lines), encoding="utf-8")
    return named


def _pointed(line: str, node: Y, stored: dict[str, str]) -> tuple[str, str]:
    """The line with the name at `node` replaced by the stored name of the upload it
    names, and that stored name."""
    assert isinstance(node.value, str)
    name = node.value.strip()
    wanted = PurePosixPath(name.replace("\\", "/")).name
    at = line.find(name, max(0, node.span.col - 1))
    if wanted not in stored or at < 0:
        raise InputError(t("web.upload_with", name=name), Span(node.span.file, node.span.line, node.span.col))
    return line[:at] + stored[wanted] + line[at + len(name):], stored[wanted]
