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

QrDecoder::QrDecoder(const DecoderConfig& config) : impl_(std::make_unique<Impl>()) {
    // Throws std::invalid_argument for an unknown format name: a configuration error.
    impl_->hints.setFormats(ZXing::BarcodeFormatsFromString(config.formats));
    impl_->hints.setTryHarder(config.tryHarder);
    impl_->hints.setTryRotate(config.tryRotate);
    impl_->hints.setTryDownscale(config.tryDownscale);
    impl_->maxSymbols = std::clamp(config.maxSymbols, 1, 255);
    // ZXing-cpp 1.4 builds its downscaled tries only when the maximum number
    // of symbols is set (the default, 255, skips them), and ReadBarcode does
    // not set it: so it is set here, always, and ReadBarcodes is called.
    impl_->hints.setMaxNumberOfSymbols(static_cast<std::uint8_t>(impl_->maxSymbols));
    impl_->hints.setDownscaleThreshold(static_cast<std::uint16_t>(std::clamp(config.downscaleAbove, 100, 10000)));
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

std::vector<std::string> QrDecoder::decodeInvertedGlance(const LumaFrame& frame) const {
    if (frame.width < 640) return decode(frame, Polarity::LightOnDark);
    const int w = frame.width / 2, h = frame.height / 2;
    auto& inv = impl_->inverted;
    inv.resize(static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
    const auto stride = static_cast<std::size_t>(frame.width);
    for (int y = 0; y < h; ++y) {
        const std::uint8_t* top = frame.pixels.data() + static_cast<std::size_t>(2 * y) * stride;
        const std::uint8_t* bottom = top + stride;
        std::uint8_t* out = inv.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(w);
        for (std::size_t x = 0; x < static_cast<std::size_t>(w); ++x) {
            const int sum = top[2 * x] + top[2 * x + 1] + bottom[2 * x] + bottom[2 * x + 1];
            out[x] = static_cast<std::uint8_t>(255 - sum / 4);
        }
    }
    // Already turned round: read as it is.
    return decode(inv.data(), w, h, w, Polarity::DarkOnLight);
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
    for (const ZXing::Result& result : ZXing::ReadBarcodes(view, impl_->hints)) {
        if (result.isValid()) texts.push_back(result.text());
    }
    return texts;
}

}  // namespace credopass::input
