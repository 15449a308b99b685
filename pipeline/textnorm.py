"""Full-width forms (，；！？：（）％ and full-width digits) folded to ASCII, one character for one.

Notices mix both forms. Rules are written once, against the ASCII forms, and
run on the folded copy; because folding never changes the length, every
offset found there is an offset into the original text, and spans are sliced
from the original.
"""
from .numerals import FOLD


def fold(text: str) -> str:
    return text.translate(FOLD)
