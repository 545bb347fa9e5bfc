#!/usr/bin/env python3
"""Sanity-check the dev-9 corpus and print its counts (the checks: ../common/validate_corpus.py).

usage: python3 validate.py [CORPUS_DIR]      (default: the folder of this file)
"""
import os
import runpy
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.argv[1:] = sys.argv[1:2] or [here]
runpy.run_path(os.path.join(here, os.pardir, "common", "validate_corpus.py"), run_name="__main__")
