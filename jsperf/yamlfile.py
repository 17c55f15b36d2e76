"""YAML read as plain data with positions, and nothing else.

The document is only *composed* (parsed into nodes), never constructed, so no tag can
build an object; duplicate keys are an error rather than a silent overwrite; scalars
stay the text that was written, so `10.535` reaches `Decimal` without passing through
a float.  Every value keeps its line for messages.
"""

from __future__ import annotations

import re

import attrs
import yaml

from jsperf.errors import InputError, line_of, nesting_limit
from jsperf.messages import t
from jsperf.model import Span

_STANDARD_TAGS = {
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
}
_MAX_NODES = 200_000
_SURROGATE = re.compile("[\ud800-\udfff]")

Value = str | None | list["Y"] | dict[str, "Y"]


@attrs.frozen
class Y:
    """A YAML value (str for every scalar, None for null, list, dict) and where it was."""

    value: Value
    span: Span


def load_yaml(text: str, file: str) -> Y:
    with nesting_limit(file):
        return _load(text, file)


def _load(text: str, file: str) -> Y:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        span = Span(file, mark.line + 1, mark.column + 1) if mark else Span(file, 1)
        raise InputError(t("yaml.invalid", problem=exc.problem or exc.context), span,
                         line_of(text, span.line)) from None
    except yaml.YAMLError as exc:
        raise InputError(t("yaml.invalid", problem=exc), Span(file, 1)) from None
    if node is None:
        raise InputError(t("yaml.empty"), Span(file, 1))
    return _Converter(text, file).convert(node)


class _Converter:
    def __init__(self, text: str, file: str) -> None:
        self.text = text
        self.file = file
        self.count = 0

    def span(self, node: yaml.Node) -> Span:
        return Span(self.file, node.start_mark.line + 1, node.start_mark.column + 1)

    def fail(self, message: str, node: yaml.Node) -> InputError:
        span = self.span(node)
        return InputError(message, span, line_of(self.text, span.line))

    def scalar(self, node: yaml.ScalarNode) -> str:
        if _SURROGATE.search(node.value):  # "\\ud800" escaped: no file can hold it, no output either
            raise self.fail(t("yaml.surrogate"), node)
        return str(node.value)

    def convert(self, node: yaml.Node) -> Y:
        self.count += 1
        if self.count > _MAX_NODES:
            raise self.fail(t("yaml.too_large"), node)
        if node.tag not in _STANDARD_TAGS:
            raise self.fail(t("yaml.tag", tag=repr(node.tag)), node)
        if isinstance(node, yaml.ScalarNode):
            if node.tag.endswith(":null"):
                return Y(None, self.span(node))
            return Y(self.scalar(node), self.span(node))
        if isinstance(node, yaml.SequenceNode):
            return Y([self.convert(item) for item in node.value], self.span(node))
        assert isinstance(node, yaml.MappingNode)
        mapping: dict[str, Y] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.fail(t("yaml.key_text"), key_node)
            key = self.scalar(key_node)
            if key in mapping:
                raise self.fail(t("yaml.duplicate", key=repr(key), line=mapping[key].span.line), key_node)
            mapping[key] = self.convert(value_node)
        return Y(mapping, self.span(node))
