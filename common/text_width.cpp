#include "common/text_width.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace credopass {

std::size_t terminalColumns(std::string_view utf8) {
    std::size_t columns = 0;
    const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
    const auto length = static_cast<std::int32_t>(utf8.size());
    for (std::int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0) {  // an invalid byte: a terminal shows one replacement character
            ++columns;
            continue;
        }
        const auto category = static_cast<UCharCategory>(u_charType(c));
        if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) continue;
        const auto width = static_cast<UEastAsianWidth>(u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH));
        columns += width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
    }
    return columns;
}

std::string padColumns(std::string_view utf8, std::size_t columns) {
    std::string out(utf8);
    const std::size_t width = terminalColumns(utf8);
    if (width < columns) out.append(columns - width, ' ');
    return out;
}

}  // namespace credopass
