#pragma once
// zbar, the baseline the badge benchmark compares against. In its own file
// because ZXing's Error.h defines macros named like zbar's C++ classes.

#include <cstdint>
#include <string>

namespace credopass::bench {

class ZbarQr {
public:
    ZbarQr();  // QR only
    ~ZbarQr();
    ZbarQr(const ZbarQr&) = delete;
    ZbarQr& operator=(const ZbarQr&) = delete;

    // True when a QR code saying `text` is found in the 8-bit luminance image.
    bool finds(const std::uint8_t* luma, std::size_t size, int width, int height, const std::string& text);

private:
    void* scanner_;
};

}  // namespace credopass::bench
