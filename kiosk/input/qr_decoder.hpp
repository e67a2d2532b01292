#pragma once
// ZXing-cpp over a luminance frame. QR codes only unless configured: every
// other symbology a camera might see (product barcodes on a sleeve) is noise
// at the door, and each extra format costs time and phantom reads.

#include "kiosk/input/luma_frame.hpp"

#include <string>
#include <vector>

namespace credopass::input {

struct DecoderConfig {
    // ZXing format names ("QRCode", "MicroQRCode", "DataMatrix", "Aztec", ...),
    // as ZXing::BarcodeFormatsFromString reads them.
    std::string formats = "QRCode";
    bool tryHarder = true;  // ZXing's default: more scan lines, finds small codes
    bool tryRotate = true;
    bool tryDownscale = true;  // large frames are also tried at lower resolution
    // Frames wider or taller than this get the lower-resolution tries: a
    // phone photo of a badge (2000 px, soft) is missed at full size. Camera
    // frames (640x480) stay below it and pay nothing.
    int downscaleAbove = 1000;
    // One badge is presented at a time; stopping at the first code found is
    // what ZXing::ReadBarcode does too.
    int maxSymbols = 1;
};

// Which way round the code is printed. A phone in dark mode shows its QR
// code light on dark, which ZXing-cpp 1.4 cannot read as it is (it has no
// "try inverted" hint before 2.0): the frame is inverted first.
enum class Polarity { DarkOnLight, LightOnDark };

// Not for several threads at once: each decoder keeps its own buffer for
// inverted frames (the frame scanner has one per thread).
class QrDecoder {
public:
    // Throws std::invalid_argument for an unknown format name.
    explicit QrDecoder(const DecoderConfig& config = {});
    ~QrDecoder();
    QrDecoder(QrDecoder&&) noexcept;
    QrDecoder& operator=(QrDecoder&&) noexcept;

    // The texts of every valid code in the frame (usually none or one). Codes
    // that fail their error correction are dropped: they are never guesses.
    std::vector<std::string> decode(const LumaFrame& frame, Polarity polarity = Polarity::DarkOnLight) const;
    std::vector<std::string> decode(const std::uint8_t* pixels, int width, int height, int rowStride,
                                    Polarity polarity = Polarity::DarkOnLight) const;
    // One image, both ways round: the normal reading first (kioskctl scan).
    std::vector<std::string> decodeEitherWay(const LumaFrame& frame) const;
    // The cheap look for a light-on-dark code in a camera frame: inverted, and
    // at half resolution when the frame is 640 px wide or more (a phone held
    // to the camera fills much of the frame): a quarter of a decode.
    std::vector<std::string> decodeInvertedGlance(const LumaFrame& frame) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace credopass::input
