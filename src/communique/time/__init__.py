"""Stage 4, time: the publication date of a document and the dates stated in its sentences.

Evidence, strongest first: a dateline opening the body ("Тяньцзинь. 31 августа.",
"4 февраля — Outlet —"), a date stamp line of the page, the header line or HTML metadata,
the first date of the lead paragraph. A day-month without a year takes its year from the
header, else from the years the text mentions; a header that contradicts the dateline is
reported in `published_from`. With no evidence of a year the date stays null.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from communique.records import Analysis, CleanDocument, DocumentDates, PartialDate, TimeExpression

MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6,
    "июл": 7, "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
# Month names in the genitive, and the abbreviations agencies use in datelines ("16 ноя", "9 окт.").
_MONTH_RE = (r"(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
             r"|янв|фев|февр|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек)(?![а-яё])\.?")
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:-?го)?\s+{_MONTH_RE}(?:\s+(\d{{4}})\s*(?:года|г\.|г\b)?)?", re.I)
NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
# A year named relative to the time of writing: "прошлого года", "в следующем году".
YEAR_OFFSETS = {"прошл": -1, "эт": 0, "текущ": 0, "нынешн": 0, "следующ": 1, "будущ": 1}
_RELATIVE_STEM = "(?:" + "|".join(YEAR_OFFSETS) + ")"
_OF_YEAR = rf"(?:\s+(\d{{4}})\s*(?:года|г\.)|\s+{_RELATIVE_STEM}(?:ого|его)\s+года)?"
# "в ноябре прошлого года", "в марте 2023 года": a month; the event is dated to its middle.
MONTH_ONLY = re.compile(
    r"\bв\s+(январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)" + _OF_YEAR,
    re.I,
)
# "во втором полугодии текущего года", "в первом квартале 2025 года", "осенью": a part of a year,
# dated to its middle.
PERIOD = re.compile(
    r"\b(?:(?:в|во)\s+(первом|втором|третьем|четвертом|четвёртом)\s+(квартале|полугодии)|(весной|летом|осенью|зимой))"
    + _OF_YEAR, re.I)
ORDINALS = {"первом": 1, "втором": 2, "третьем": 3, "четвертом": 4, "четвёртом": 4}
QUARTER_MIDDLES = {1: (2, 15), 2: (5, 15), 3: (8, 15), 4: (11, 15)}
HALF_MIDDLES = {1: (4, 1), 2: (10, 1)}
SEASON_MIDDLES = {"весной": (4, 15), "летом": (7, 15), "осенью": (10, 15), "зимой": (1, 15)}
# "в следующем году", "в прошлом году": a year named relative to the time of writing ("в этом году"
# is the publication's, and says nothing more precise).
RELATIVE_YEAR = re.compile(rf"\bв\s+{_RELATIVE_STEM}(?:ом|ем)\s+году\b", re.I)
# Either form, with the stem captured for YEAR_OFFSETS.
_YEAR_OFFSET = re.compile(r"\b(" + "|".join(YEAR_OFFSETS) + r")(?:ого|его|ом|ем)\s+(?:года|году)\b", re.I)
# "в конце ноября 2022 года", "в начале марта": a part of a month, dated to its 5th, 15th or 25th.
PART_OF_MONTH = re.compile(
    rf"\bв\s+(начале|середине|конце)\s+{_MONTH_RE}(?:\s+(\d{{4}})\s*(?:года|г\.))?", re.I)
PART_DAYS = {"начале": 5, "середине": 15, "конце": 25}
# A year written out in an expression: it is not read forward.
YEAR_IN = re.compile(r"\b\d{4}\b")
# "в 2024 году": a year only, dated to its middle.
YEAR_ONLY = re.compile(r"\bв\s+(\d{4})\s+году\b", re.I)
MONTHS_LOC = {"январе": 1, "феврале": 2, "марте": 3, "апреле": 4, "мае": 5, "июне": 6, "июле": 7,
              "августе": 8, "сентябре": 9, "октябре": 10, "ноябре": 11, "декабре": 12}
MID_MONTH = 15
SAME_DAY = re.compile(r"\b(в тот же день|в этот же день|тогда же|в тот день)\b", re.I)
RELATIVE = {"позавчера": -2, "вчера": -1, "сегодня": 0, "накануне": -1,
            "позавчерашний": -2, "вчерашний": -1, "сегодняшний": 0}
RELATIVE_RE = re.compile(r"\b(позавчера|вчера|сегодня|накануне|позавчерашн\w*|вчерашн\w*|сегодняшн\w*)\b", re.I)
# "на следующий день", "через день": a day after the date told just before.
NEXT_DAY = re.compile(r"\b(на следующий день|на другой день|через день|днем позже|днём позже)\b", re.I)
# "спустя два дня", "через три дня", "двумя днями позже": days after the story's last date; "через
# три дня после инаугурации" counts from another event, whose date the story may not have told.
DAYS_LATER = re.compile(r"\b(?:спустя|через)\s+(\d+|два|две|три|четыре|пять|шесть|семь|неделю)(?!\s*(?:дня|дней|день)?\s+после\b)\s*(?:дня|дней|день)?\b", re.I)
NUMBER_WORDS = {"два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "неделю": 7,
                "двумя": 2, "тремя": 3, "четырьмя": 4, "пятью": 5, "шестью": 6,
                "семью": 7, "неделей": 7}
# "двумя днями позже", "неделей позже": days after the story's last date, counted in the instrumental.
DAYS_AFTER_BY = re.compile(r"\b(двумя|тремя|четырьмя|пятью|шестью|семью|\d+)\s+днями\s+позже\b|\b(неделей)\s+позже\b", re.I)
# "двумя днями ранее", "неделей ранее": days before the story's last date. ("Днем ранее" and "за три дня до
# этого" were measured too: one more false positive on a held-out set.)
DAYS_BEFORE = re.compile(
    r"\b(?:(двумя|тремя|четырьмя|пятью|шестью|семью|\d+)\s+днями|(неделей))\s+ранее\b", re.I)
WEEKDAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5, "воскресенье": 6}
WEEKDAY_RE = re.compile(r"\bв?о?\s(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b", re.I)
# Words that put what follows in the past of the story: "Ранее, 31 января, …".
BACKGROUND = re.compile(r"\b(ранее|до этого|прежде|напомним|в прошлом году|еще в|ещё в|в свое время|последний раз|в последний раз|в прошлый раз|тогда)\b", re.I)
# A dateline: optional place, then day and month, at the very start of the body.
DATELINE = re.compile(
    rf"^\s*(?:(?P<place>[А-ЯЁA-Z][\w\-]*(?:[ \-][А-ЯЁA-Z][\w\-]*)?)\s*[.,]\s*)?(\d{{1,2}})\s+{_MONTH_RE}(?:\s+(\d{{4}}))?\s*(?:года|г\.)?\s*[.,—–\-/]",
    re.I,
)
# The date stamp a page prints under its title: "29.12.2020 14:59:18 (GMT+12)",
# "2024-07-25 21:10", "28 ноября 2024, 18:05", "Газета № 29 от 19.02.2025".
STAMP_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
STAMP_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# "13 Октябрь 2021, 16:40": some sites print the month in the nominative.
STAMP_NOMINATIVE = re.compile(r"\b(\d{1,2})\s+(январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)"
                              r"\s+(\d{4})\b", re.I)
# Longest line taken for a date stamp; longer lines are prose or chrome with a date in it.
MAX_STAMP_CHARS = 60
# "в 2023 году", "2024 года", "2020-2021 годы": years the text speaks of; "к 2030 году" and
# "до 2030 года" are targets, not the time of writing.
YEAR_MENTION = re.compile(r"(?<![кК]\s)(?<!до\s)\b(19[5-9]\d|20\d\d)(?:\s*[-–]\s*(20\d\d))?\s*(?:год|гг?\.)", re.I)
# "75-летия … 1949": an anniversary with its base year names the current year.
ANNIVERSARY = re.compile(r"\b(\d{1,3})-?лети[еяюи]\w*\b[^.]{0,120}?\b(1[89]\d\d|20\d\d)\b", re.I)
# "12 февраля 2022 года, ровно за три года до нынешнего": a past year with the years since it.
YEARS_BEFORE = re.compile(r"\b(19[5-9]\d|20\d\d)\s*год\w*,?\s+(?:ровно\s+|почти\s+)?за\s+(\d{1,2}|[а-я]+)\s+(?:год|года|лет)\s+до\b",
                          re.I)
# A story date this many days before the publication makes the text a narrative of the past: a
# day-month told after it takes its year, not the publication's ...
NARRATIVE_START_DAYS = 365
# ... unless it would fall this many days before that story date (then it is the next year's).
NARRATIVE_DAYS = 90
# How far a day-month may lie after the reference date before it is taken for last year's.
FUTURE_SLACK_DAYS = 2
# A header and a dateline this many days apart still agree (time zones, night edits).
AGREE_DAYS = 1


def month_number(word: str) -> int:
    word = word.lower().rstrip(".")
    for stem, number in MONTHS.items():
        if word.startswith(stem) and (stem != "ма" or word in ("мая", "май", "мае")):
            return number
        if len(word) >= 3 and stem.startswith(word) and stem != "ма":  # "окт", "ноя", "сент"
            return number
    raise ValueError(f"not a month: {word}")


def _partial(day: str, month: str, year: str | None) -> PartialDate | None:
    try:
        value = PartialDate(month_number(month), int(day), int(year) if year else None)
        date(value.year or 2000, value.month, value.day)  # 2000 is a leap year: 29 Feb passes
        return value
    except ValueError:
        return None


def find_expressions(analysis: Analysis) -> list[TimeExpression]:
    """Dates stated in each sentence, in text order."""
    found: list[TimeExpression] = []
    for sent in analysis.sentences:
        text = sent.text
        items: list[tuple[int, int, str, PartialDate | None]] = []
        for m in DAY_MONTH.finditer(text):
            value = _partial(m.group(1), m.group(2), m.group(3))
            if value:
                items.append((m.start(), m.end(), "explicit", value))
        for m in NUMERIC.finditer(text):
            try:
                value = PartialDate(int(m.group(2)), int(m.group(1)), int(m.group(3)))
                value.to_date()
                items.append((m.start(), m.end(), "explicit", value))
            except ValueError:
                continue
        for m in MONTH_ONLY.finditer(text):
            year = int(m.group(2)) if m.group(2) else None
            items.append((m.start(), m.end(), "month", PartialDate(MONTHS_LOC[m.group(1).lower()], MID_MONTH, year)))
        for m in PART_OF_MONTH.finditer(text):
            month = month_number(m.group(2))
            if month:
                year = int(m.group(3)) if m.group(3) else None
                items.append((m.start(), m.end(), "month", PartialDate(month, PART_DAYS[m.group(1).lower()], year)))
        for m in YEAR_ONLY.finditer(text):
            items.append((m.start(), m.end(), "year", PartialDate(7, 1, int(m.group(1)))))
        for m in RELATIVE_YEAR.finditer(text):
            if _year_offset(m.group(0)):  # "в текущем году" adds nothing to the publication date
                items.append((m.start(), m.end(), "year", PartialDate(7, 1, None)))
        for m in PERIOD.finditer(text):
            items.append(_period(m))
        for m in SAME_DAY.finditer(text):
            items.append((m.start(), m.end(), "same_day", None))
        for m in RELATIVE_RE.finditer(text):
            items.append((m.start(), m.end(), "relative", None))
        for m in NEXT_DAY.finditer(text):
            items.append((m.start(), m.end(), "next_day", None))
        for m in DAYS_LATER.finditer(text):
            items.append((m.start(), m.end(), "next_day", None))
        for m in DAYS_AFTER_BY.finditer(text):
            items.append((m.start(), m.end(), "next_day", None))
        for m in DAYS_BEFORE.finditer(text):
            items.append((m.start(), m.end(), "days_before", None))
        for m in WEEKDAY_RE.finditer(text):
            items.append((m.start(1), m.end(1), "weekday", None))
        for start, end, kind, value in sorted(items, key=lambda item: item[0]):
            background = bool(BACKGROUND.search(text[:start]))
            found.append(
                TimeExpression(sent.index, sent.start + start, sent.start + end, text[start:end], kind, value, background)
            )
    return found


def _period(m: re.Match) -> tuple[int, int, str, PartialDate]:
    """A quarter or a season is dated like a month (its middle), a half-year like a year."""
    ordinal, unit, season, year = m.group(1), m.group(2), m.group(3), m.group(4)
    year_value = int(year) if year else None
    if season:
        month, day = SEASON_MIDDLES[season.lower()]
        return m.start(), m.end(), "month", PartialDate(month, day, year_value)
    number = ORDINALS[ordinal.lower()]
    if unit.lower().startswith("полугоди"):
        month, day = HALF_MIDDLES.get(number, HALF_MIDDLES[2])  # "в третьем полугодии" is no half-year
        return m.start(), m.end(), "year", PartialDate(month, day, year_value)
    month, day = QUARTER_MIDDLES[number]
    return m.start(), m.end(), "month", PartialDate(month, day, year_value)


def _year_offset(text: str) -> int | None:
    """"прошлого года" -> -1, "в следующем году" -> +1; None when the text names no relative year."""
    m = _YEAR_OFFSET.search(text)
    return YEAR_OFFSETS[m.group(1).lower()] if m else None


def year_hint(body: str) -> int | None:
    """The latest year the text speaks of as present or past, or one an anniversary implies."""
    years = []
    for m in YEAR_MENTION.finditer(body):
        years.append(int(m.group(2) or m.group(1)))
    for m in ANNIVERSARY.finditer(body):
        years.append(int(m.group(2)) + int(m.group(1)))
    for m in YEARS_BEFORE.finditer(body):
        count = _count(m.group(2))
        if count is not None:
            years.append(int(m.group(1)) + count)
    return max(years) if years else None


def place_in_year(value: PartialDate, reference: date) -> PartialDate:
    """Give a day-month the year that puts it at or before the reference date (news is past)."""
    candidate = date(reference.year, value.month, value.day) if _valid(reference.year, value) else None
    if candidate is None or candidate > reference + timedelta(days=FUTURE_SLACK_DAYS):
        return PartialDate(value.month, value.day, reference.year - 1)
    return PartialDate(value.month, value.day, reference.year)


def _valid(year: int, value: PartialDate) -> bool:
    try:
        date(year, value.month, value.day)
        return True
    except ValueError:
        return False


def date_document(doc: CleanDocument, analysis: Analysis) -> DocumentDates:
    """Publication date, its evidence, the dateline and the sentence dates of one document."""
    hint = year_hint(doc.body)
    match = _dateline_match(doc.body)
    dateline, dateline_text = _dateline(match)
    # The dateline dates the filing, not an event of the lead sentence ("Вашингтон, 13 февраля --
    # Трамп вчера провел ..."): events fall back to it only when their clause states no date.
    dateline_end = match.end() if dateline else 0
    expressions = [e for e in find_expressions(analysis) if e.start >= dateline_end]
    stamp, stamp_text = _stamp(doc.preamble)
    header = doc.header_date
    evidence: list[str] = []
    published: date | None = None

    # The page's own date: a stamp printed under the title, else the header line or metadata.
    page_date, page_source = (stamp, f"date stamp '{stamp_text}'") if stamp else (header, doc.header_date_source)
    if stamp and header and abs((header - stamp).days) > AGREE_DAYS:
        evidence.append(f"{doc.header_date_source} {header.isoformat()} disagrees with the stamp")
    if dateline:
        if dateline.year:
            resolved = dateline
        elif page_date:
            resolved = place_in_year(dateline, page_date + timedelta(days=40))
        elif hint:
            resolved = PartialDate(dateline.month, dateline.day, hint)
        else:
            resolved = dateline
        dateline = resolved
        dl_date = resolved.to_date()
        if page_date and dl_date and abs((page_date - dl_date).days) <= AGREE_DAYS:
            published = page_date
            evidence.append(f"{page_source} {page_date.isoformat()}, dateline '{dateline_text}' agrees")
        elif dl_date:
            # The dateline is the story's own date; a page date days away is a crawl, an update
            # or a republication.
            published = dl_date
            year_from = "" if str(resolved.year) in dateline_text else (
                f" with the year of the {page_source}" if page_date else f" with year {hint} from the text")
            evidence.append(f"dateline '{dateline_text}'{year_from}")
            if page_date:
                evidence.append(f"{page_source} {page_date.isoformat()} conflicts with the dateline")
    if published is None and page_date:
        published = page_date
        evidence.append(page_source or "header")
    if published is None:
        lead = _lead_date(doc.body, expressions)
        if lead and (lead.year or hint):
            published = date(lead.year or hint, lead.month, lead.day)
            evidence.append(f"first date of the lead paragraph, year {'stated' if lead.year else f'{hint} from the years the text mentions'}")
    if published is None and dateline is not None and not dateline.year:
        year = _copyright_year(doc.removed_lines)
        if year:
            published = date(year, dateline.month, dateline.day) if _valid(year, dateline) else None
            dateline = PartialDate(dateline.month, dateline.day, year)
            evidence.append(f"dateline '{dateline_text}' with the year of the page's copyright line")
    if published is None:
        evidence.append("no date with a year in the text")
    return DocumentDates(
        published=published,
        published_from="; ".join(evidence),
        dateline=dateline,
        dateline_place=_dateline_place(match),
        expressions=tuple(expressions),
        year_hint=hint,
    )


# Words that open a sentence before a date the way a place opens a dateline ("Ранее, 31 января, ...").
NOT_PLACES = {"позднее", "затем", "также", "однако", "впоследствии", "тем временем", "кроме того"}


def _dateline_match(body: str) -> re.Match | None:
    match = DATELINE.match(body)
    place = match.group("place") if match else None
    if place and (place.lower() in NOT_PLACES or BACKGROUND.fullmatch(place) or RELATIVE_RE.fullmatch(place)):
        return None
    return match


def _dateline(match: re.Match | None) -> tuple[PartialDate | None, str]:
    if not match:
        return None, ""
    return _partial(match.group(2), match.group(3), match.group(4)), match.group(0).strip(" .,—–-/")


def _dateline_place(match: re.Match | None) -> str | None:
    """The place a dateline names ("МОСКВА, 3 апреля" -> "Москва"), as written, title-cased."""
    if not match or not match.group("place"):
        return None
    place = match.group("place")
    return "-".join(p[:1].upper() + p[1:].lower() for p in place.split("-")) if place.isupper() else place


COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–—]\s*)?(\d{4})", re.I)


def _copyright_year(lines: tuple[str, ...]) -> int | None:
    """The (last) year of a "© 2005–2024" line: the year the page was published or later."""
    for line in lines:
        match = COPYRIGHT.search(line)
        if match:
            return int(match.group(1))
    return None


def _stamp(removed_lines: tuple[str, ...]) -> tuple[date | None, str]:
    """The first short removed line that holds a full date (the page's own date stamp)."""
    for line in removed_lines:
        if len(line) > MAX_STAMP_CHARS:
            continue
        found = _full_date(line)
        if found:
            return found, line.strip()
    return None, ""


def _full_date(line: str) -> date | None:
    candidates = []
    if m := STAMP_NUMERIC.search(line):
        candidates.append((int(m.group(3)), int(m.group(2)), int(m.group(1))))
    if m := STAMP_ISO.search(line):
        candidates.append((int(m.group(1)), int(m.group(2)), int(m.group(3))))
    if (m := DAY_MONTH.search(line)) and m.group(3):
        candidates.append((int(m.group(3)), month_number(m.group(2)), int(m.group(1))))
    if m := STAMP_NOMINATIVE.search(line):
        candidates.append((int(m.group(3)), month_number(m.group(2)), int(m.group(1))))
    for year, month, day in candidates:
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def _lead_date(body: str, expressions: list[TimeExpression]) -> PartialDate | None:
    """First date stated in the lead paragraph, unless it is a background date."""
    lead_end = body.find("\n\n") if "\n\n" in body else len(body)
    for expr in expressions:
        if expr.start > lead_end:
            break
        if expr.kind == "explicit" and not expr.background:
            return expr.value
    return None


def ahead(value: PartialDate, expr: TimeExpression, published: date) -> PartialDate:
    """A planned event's date read forward from the publication: "в апреле" told in May is next
    April, "в понедельник" told on a Wednesday is next Monday."""
    if value.year is None or value.to_date() >= published:
        return value
    if expr.kind in ("explicit", "month") and _year_offset(expr.text) is None and not YEAR_IN.search(expr.text):
        return PartialDate(value.month, value.day, value.year + 1)
    if expr.kind == "weekday":
        later = value.to_date() + timedelta(days=7)
        return PartialDate(later.month, later.day, later.year)
    return value


def _count(word: str) -> int | None:
    """"3" or "три" as a number."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


def resolve(expr: TimeExpression, published: date | None, previous: PartialDate | None) -> PartialDate | None:
    """The calendar date one expression stands for, given the publication date."""
    if expr.kind == "same_day":
        return previous
    if expr.kind == "next_day":
        if previous is None or previous.year is None:
            return None
        later = DAYS_LATER.match(expr.text) or DAYS_AFTER_BY.match(expr.text)
        count = 1 if later is None else _count(next(g for g in later.groups() if g))
        day = previous.to_date() + timedelta(days=count)
        return PartialDate(day.month, day.day, day.year)
    if expr.kind == "days_before":
        if previous is None or previous.year is None:
            return None
        earlier = DAYS_BEFORE.match(expr.text)
        day = previous.to_date() - timedelta(days=_count(next(g for g in earlier.groups() if g)))
        return PartialDate(day.month, day.day, day.year)
    if expr.kind == "relative":
        if published is None:
            return None
        word = expr.text.lower()
        offset = next(v for k, v in RELATIVE.items() if word == k or (k.endswith("ний") and word.startswith(k[:-2])))
        day = published + timedelta(days=offset)
        return PartialDate(day.month, day.day, day.year)
    if expr.kind == "weekday":
        if published is None:
            return None
        back = (published.weekday() - WEEKDAYS[expr.text.lower()]) % 7
        day = published - timedelta(days=back)
        return PartialDate(day.month, day.day, day.year)
    value = expr.value
    if value is None or value.year or published is None:
        return value
    offset = _year_offset(expr.text)
    if offset is not None:
        return PartialDate(value.month, value.day, published.year + offset)
    # Only a plain day-month continues a narrative: "Ранее, 18 ноября" (background) and a bare season or month
    # are read against the publication.
    if expr.kind == "explicit" and not expr.background and previous is not None and previous.year is not None \
            and previous.to_date() < published - timedelta(days=NARRATIVE_START_DAYS):
        return _narrated(value, previous, published)
    return place_in_year(value, published)


def _narrated(value: PartialDate, previous: PartialDate, published: date) -> PartialDate:
    """A day-month told after an older dated event ("В конце июня 2016 года ... а 9 августа ...") is in
    that event's year, or the next when it would fall well before it; never after the publication."""
    year = previous.year
    if _valid(year, value) and date(year, value.month, value.day) < previous.to_date() - timedelta(days=NARRATIVE_DAYS):
        year += 1
    if not _valid(year, value) or date(year, value.month, value.day) > published:
        return place_in_year(value, published)
    return PartialDate(value.month, value.day, year)
