#include "bench/zbar_qr.hpp"

#include <zbar.h>

namespace credopass::bench {

ZbarQr::ZbarQr() {
    auto* scanner = zbar::zbar_image_scanner_create();
    zbar::zbar_image_scanner_set_config(scanner, zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
    zbar::zbar_image_scanner_set_config(scanner, zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_ENABLE, 1);
    scanner_ = scanner;
}

ZbarQr::~ZbarQr() {
    zbar::zbar_image_scanner_destroy(static_cast<zbar::zbar_image_scanner_t*>(scanner_));
}

bool ZbarQr::finds(const std::uint8_t* luma, std::size_t size, int width, int height, const std::string& text) {
    zbar::zbar_image_t* image = zbar::zbar_image_create();
    zbar::zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
    zbar::zbar_image_set_size(image, static_cast<unsigned>(width), static_cast<unsigned>(height));
    zbar::zbar_image_set_data(image, luma, size, nullptr);
    bool found = false;
    if (zbar::zbar_scan_image(static_cast<zbar::zbar_image_scanner_t*>(scanner_), image) > 0)
        for (auto* s = zbar::zbar_image_first_symbol(image); s; s = zbar::zbar_symbol_next(s))
            found = found || text == zbar::zbar_symbol_get_data(s);
    zbar::zbar_image_destroy(image);
    return found;
}

}  // namespace credopass::bench
