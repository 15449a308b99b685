import re as _re

__version__ = "0.1.0"

# The checks that judge a figure are written as regular expressions in place, well over the 512 patterns
# Python's `re` keeps compiled: past that, every answer recompiled patterns it had just dropped (measured
# in bench/ask_latency.py at 566bb64+session 42: warm p50 131.8 ms with the default cache, 104.7 ms with
# this one; the compiled patterns take a few MB). Only ever raised, never lowered.
if getattr(_re, "_MAXCACHE", 4096) < 4096:
    _re._MAXCACHE = 4096
