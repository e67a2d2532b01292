#include "common/scan.hpp"

namespace credopass {

std::string_view toString(ScanOrigin o) {
    switch (o) {
        case ScanOrigin::Camera: return "camera";
        case ScanOrigin::Scanner: return "scanner";
        case ScanOrigin::Keyboard: return "keyboard";
        case ScanOrigin::File: return "file";
    }
    return "scanner";
}

}  // namespace credopass
