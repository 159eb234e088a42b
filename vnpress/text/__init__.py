"""The text layer every parser shares: cleaning, offsets, tones, sentences."""

from vnpress.text.clean import CleanText
from vnpress.text.offsets import OffsetMap
from vnpress.text.sentences import split_sentences
from vnpress.text.tones import fold_tones

__all__ = ["CleanText", "OffsetMap", "fold_tones", "split_sentences"]
