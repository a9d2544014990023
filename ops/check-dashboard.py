#!/usr/bin/env python3
"""Checks a Grafana dashboard against what the platform really exposes.

Parses the dashboard JSON, collects every Prometheus query of every panel (rows included) and the metric names in
them, and fails unless each name appears in at least one of the given scrapes (files or URLs of
/actuator/prometheus). Also fails on a panel without a query or a query on an unknown data source.

    python3 ops/check-dashboard.py ops/grafana/dashboards/complaint-platform.json \
        http://localhost:8081/actuator/prometheus http://localhost:8082/actuator/prometheus ...
"""
import json
import re
import sys
import urllib.request

DATA_SOURCES = {"prometheus", "tempo"}
# PromQL words that look like metric names but are not.
PROMQL = {
    "sum", "min", "max", "avg", "count", "stddev", "stdvar", "topk", "bottomk", "quantile", "count_values", "group",
    "rate", "irate", "increase", "delta", "idelta", "deriv", "histogram_quantile", "sort", "sort_desc", "abs", "ceil",
    "floor", "round", "clamp_min", "clamp_max", "label_replace", "label_join", "time", "vector", "scalar",
    "absent", "changes", "resets", "avg_over_time", "max_over_time", "min_over_time", "sum_over_time",
    "by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "offset", "bool",
}
# The series Prometheus itself adds to every target.
SYNTHETIC = {"up", "scrape_duration_seconds", "scrape_samples_scraped"}


def panels(dashboard):
    for panel in dashboard.get("panels", []):
        yield panel
        yield from panel.get("panels", [])


def metric_names(expr):
    expr = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)        # strings
    expr = re.sub(r"\{[^}]*\}", "", expr)                   # label matchers
    expr = re.sub(r"\[[^\]]*\]", "", expr)                  # ranges
    expr = re.sub(r"\b(by|without|on|ignoring)\s*\([^)]*\)", "", expr)  # grouping labels
    names = set()
    for token in re.findall(r"[A-Za-z_:][A-Za-z0-9_:]*", expr):
        if token not in PROMQL and not re.fullmatch(r"[0-9eE]+", token):
            names.add(token)
    return names


def scraped_names(source):
    if source.startswith("http://") or source.startswith("https://"):
        with urllib.request.urlopen(source, timeout=10) as answer:
            text = answer.read().decode("utf-8")
    else:
        with open(source, encoding="utf-8") as file:
            text = file.read()
    names = set()
    for line in text.splitlines():
        if line and not line.startswith("#"):
            names.add(re.split(r"[{\s]", line, maxsplit=1)[0])
    return names


def main(args):
    if len(args) < 2:
        print(__doc__)
        return 2
    with open(args[0], encoding="utf-8") as file:
        dashboard = json.load(file)
    exposed = set(SYNTHETIC)
    for source in args[1:]:
        exposed |= scraped_names(source)
    problems, checked = [], 0
    for panel in panels(dashboard):
        if panel.get("type") == "row":
            continue
        targets = panel.get("targets", [])
        if not targets:
            problems.append(f"panel '{panel['title']}' has no query")
        for target in targets:
            uid = (target.get("datasource") or panel.get("datasource") or {}).get("uid")
            if uid not in DATA_SOURCES:
                problems.append(f"panel '{panel['title']}' queries unknown data source {uid}")
            if uid != "prometheus":
                continue
            for name in sorted(metric_names(target.get("expr", ""))):
                checked += 1
                if name not in exposed:
                    problems.append(f"panel '{panel['title']}': metric {name} is not exposed by any scrape")
    for problem in problems:
        print("FAIL " + problem)
    print(f"{checked} metric references in {sum(1 for p in panels(dashboard) if p.get('type') != 'row')} panels, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
