#include "kiosk/input/qr_decoder.hpp"

#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <stdexcept>

namespace credopass::input {

struct QrDecoder::Impl {
    ZXing::DecodeHints hints;
    int maxSymbols = 1;
};

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

std::vector<std::string> QrDecoder::decode(const LumaFrame& frame) const {
    return decode(frame.pixels.data(), frame.width, frame.height, frame.width);
}

std::vector<std::string> QrDecoder::decode(const std::uint8_t* pixels, int width, int height, int rowStride) const {
    std::vector<std::string> texts;
    if (pixels == nullptr || width <= 0 || height <= 0) return texts;
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
