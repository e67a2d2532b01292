#include "kiosk/input/qr_decoder.hpp"

#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <stdexcept>

namespace credopass::input {

struct QrDecoder::Impl {
    ZXing::DecodeHints hints;
    int maxSymbols = 1;
    std::vector<std::uint8_t> inverted;  // a light-on-dark frame, turned round (reused)
};

Polarity otherPolarity(Polarity p) {
    return p == Polarity::DarkOnLight ? Polarity::LightOnDark : Polarity::DarkOnLight;
}

QrDecoder::QrDecoder(const DecoderConfig& config) : impl_(std::make_unique<Impl>()) {
    // Throws std::invalid_argument for an unknown format name: a configuration error.
    impl_->hints.setFormats(ZXing::BarcodeFormatsFromString(config.formats));
    impl_->hints.setTryHarder(config.tryHarder);
    impl_->hints.setTryRotate(config.tryRotate);
    impl_->hints.setTryDownscale(config.tryDownscale);
    impl_->maxSymbols = std::clamp(config.maxSymbols, 1, 255);
    // For one symbol, ZXing::ReadBarcode (below) is measurably faster in 1.4
    // than ReadBarcodes with maxNumberOfSymbols = 1, so the hint is only set
    // when more than one code is wanted.
    if (impl_->maxSymbols > 1) impl_->hints.setMaxNumberOfSymbols(static_cast<std::uint8_t>(impl_->maxSymbols));
}

QrDecoder::~QrDecoder() = default;
QrDecoder::QrDecoder(QrDecoder&&) noexcept = default;
QrDecoder& QrDecoder::operator=(QrDecoder&&) noexcept = default;

std::vector<std::string> QrDecoder::decode(const LumaFrame& frame, Polarity polarity) const {
    return decode(frame.pixels.data(), frame.width, frame.height, frame.width, polarity);
}

std::vector<std::string> QrDecoder::decodeEitherWay(const LumaFrame& frame) const {
    auto texts = decode(frame, Polarity::DarkOnLight);
    return texts.empty() ? decode(frame, Polarity::LightOnDark) : texts;
}

std::vector<std::string> QrDecoder::decode(const std::uint8_t* pixels, int width, int height, int rowStride,
                                           Polarity polarity) const {
    std::vector<std::string> texts;
    if (pixels == nullptr || width <= 0 || height <= 0 || rowStride < width) return texts;
    if (polarity == Polarity::LightOnDark) {
        // Turned round into a packed copy: one pass, the size of the frame.
        auto& inv = impl_->inverted;
        inv.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
        for (int y = 0; y < height; ++y) {
            const std::uint8_t* row = pixels + static_cast<std::size_t>(y) * static_cast<std::size_t>(rowStride);
            std::uint8_t* out = inv.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(width);
            for (int x = 0; x < width; ++x)
                out[x] = static_cast<std::uint8_t>(255 - row[x]);
        }
        pixels = inv.data();
        rowStride = width;
    }
    ZXing::ImageView view(pixels, width, height, ZXing::ImageFormat::Lum, rowStride);
    if (impl_->maxSymbols == 1) {
        ZXing::Result result = ZXing::ReadBarcode(view, impl_->hints);
        if (result.isValid()) texts.push_back(result.text());
        return texts;
    }
    for (const ZXing::Result& result : ZXing::ReadBarcodes(view, impl_->hints)) {
        if (result.isValid()) texts.push_back(result.text());
    }
    return texts;
}

}  // namespace credopass::input
