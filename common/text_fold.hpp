#pragma once
// Text folded for search: what a volunteer types on a Latin keyboard
// without accents finds the name as HQ spells it. "nunez" finds Núñez,
// "wrobel" Wróbel, "angstrom" Ångström, "lukasz" Łukasz, "strasse" Straße,
// and other scripts through ICU's transliteration: "ivan" finds Иван, "wang"
// 王芳, "giorgos" Γιώργος (typed in their own script they fold the same way).
// ICU does the work (Any-Latin, decomposition, dropping combining marks,
// Latin-ASCII, lower case), not a table of our own.

#include <string>
#include <string_view>

namespace credopass {

// UTF-8 in, UTF-8 out. Invalid UTF-8 is folded as ICU reads it (U+FFFD).
// Thread-safe: each thread keeps its own transliterator.
std::string foldForSearch(std::string_view text);

}  // namespace credopass
