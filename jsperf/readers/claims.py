"""What a report's narrative says about its own scorecards (九、预算绩效情况说明): how
many projects were self-evaluated, the funds they cover and how many got each grade."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

import attrs

from jsperf.model import Claims, Row
from jsperf.numbers import parse_decimal
from jsperf.readers.segments import rows_where

# How narratives count the self-evaluated projects, their funds and their grades; the
# number is group "n" and the grade group "g" in every pattern.
_CLAIM_PROJECTS = (
    re.compile(r"二级项目\s*(?P<n>\d+)\s*个[^。]*?绩效自评"),                       # 二级项目 24 个全面开展绩效自评
    re.compile(r"(?:对|组织)\s*(?P<n>\d+)\s*个(?:二级)?项目[^。]*?(?:开展|进行)[^。]*?自评"),  # 对 24 个项目开展自评
    re.compile(r"自评[^。]*?(?:项目|二级项目)(?:共)?\s*(?P<n>\d+)\s*个"),              # 纳入自评的项目共 24 个
)
_SAID = re.compile("自评").search  # in each of `_CLAIM_PROJECTS`: a row without it makes no claim
_CLAIM_FUNDS = re.compile(r"自评[^。]*?(?:涉及|覆盖)(?:项目)?资金(?:总额)?(?:共)?\s*(?P<n>[\d,，.]+)\s*万元")
# 优/良/中/差 (the national words) and 合格/不合格 (Shanghai districts' reports)
_GRADE = "不合格|合格|[优良中差]"
_CLAIM_GRADES = (
    re.compile(r"(?P<n>\d+)\s*个项目(?:的)?(?:自评|评价)?(?:结果|等级)为\s*[“\"]?\s*(?P<g>" + _GRADE + ")"),
    re.compile(r"个项目(?:的)?(?:自评|评价)?(?:结果|等级)为\s*(?P<n>\d+)\s*[“\"]\s*(?P<g>" + _GRADE + ")"),  # a misplaced number
    re.compile(r"(?:结果|等级)为\s*[“\"]?(?P<g>" + _GRADE + r")[”\"]?的(?:项目)?(?:有|共)?\s*(?P<n>\d+)\s*个"),
)


def read_claims(rows: Sequence[Row]) -> Claims | None:
    """The narrative's claims about the self-evaluations, when it makes them: the
    sentence that counts the projects, and the grade counts that follow it (which may
    wrap onto the next printed line)."""
    for index in rows_where(rows, _SAID):  # every claim says 自评
        row = rows[index]
        line = row.text
        match = next((m for pattern in _CLAIM_PROJECTS if (m := pattern.search(line))), None)
        if match is None:
            continue
        spans = {"projects": attrs.evolve(row.span, col=match.start("n") + 1)}
        funds = None
        if (money := _CLAIM_FUNDS.search(line)) and (funds := parse_decimal(money.group("n"))) is not None:
            spans["funds"] = attrs.evolve(row.span, col=money.start("n") + 1)
        following = ""
        for after in rows[index + 1: index + 5]:  # the sentences may wrap over several printed lines
            following += after.text.strip()
            if "。" in after.text:
                break
        grades: dict[str, Decimal] = {}
        for pattern in _CLAIM_GRADES:
            for grade in pattern.finditer(line.rstrip() + following.strip()):
                if grade.group("g") not in grades:
                    grades[grade.group("g")] = Decimal(grade.group("n"))
                    spans[f"grade.{grade.group('g')}"] = row.span
        return Claims(Decimal(match.group("n")), funds, grades, spans)
    return None


