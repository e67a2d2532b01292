#pragma once
// Every word a person reads goes through here, to GNU gettext's catalogues
// (po/, built into .mo files by CMake) in the language words/language.hpp
// chose. Placeholders are named, "{name}", so a translation may put them in
// its own order; msgfmt --check holds every translation to its original's
// names (xgettext marks the strings python-brace-format, see
// scripts/update-translations). The English in the source is the msgid.

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace credopass::words {

// gettext: "Welcome, {name}" → "Willkommen, {name}".
const char* tr(const char* msgid);
// pgettext: the same English with another meaning ("May" the month, not the verb).
const char* trc(const char* context, const char* msgid);
// ngettext, with "{n}" filled by the number in the language's digits:
// trn("{n} point", "{n} points", 1) → "1 point"; Polish picks one of three forms.
std::string trn(const char* singular, const char* plural, long long n);

// Marks a string for the catalogue where it is defined (a constant table),
// to be translated with tr() where it is shown.
constexpr const char* toTranslate(const char* msgid) {
    return msgid;
}

using Fill = std::pair<std::string_view, std::string_view>;
// "{name}" → value, for each pair; an unknown or unclosed brace stays as it is.
std::string fill(std::string_view pattern, std::initializer_list<Fill> values);

}  // namespace credopass::words
