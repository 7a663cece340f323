#!/usr/bin/env python3
"""Writes docs/api/openapi.yaml as JSON, for the endpoint's GET /v1/openapi.json (API-51).

Usage: yaml2json.py SPEC.yaml OUT.json. Needs PyYAML (Debian: python3-yaml)."""
import json
import sys

import yaml

with open(sys.argv[1], encoding="utf-8") as source:
    spec = yaml.safe_load(source)
with open(sys.argv[2], "w", encoding="utf-8") as target:
    json.dump(spec, target, ensure_ascii=False, separators=(",", ":"))
