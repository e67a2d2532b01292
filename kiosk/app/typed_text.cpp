#include "kiosk/app/typed_text.hpp"

namespace credopass::kiosk {

bool appendTyped(std::string& field, std::string_view typed) {
    const std::size_t before = field.size();
    for (char c : typed)
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) field.push_back(c);
    return field.size() != before;
}

bool eraseLastCharacter(std::string& field) {
    if (field.empty()) return false;
    // UTF-8 continuation bytes are 10xxxxxx: drop them, then the lead byte.
    while (field.size() > 1 && (static_cast<unsigned char>(field.back()) & 0xC0) == 0x80)
        field.pop_back();
    field.pop_back();
    return true;
}

}  // namespace credopass::kiosk
