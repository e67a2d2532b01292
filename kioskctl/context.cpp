#include "kioskctl/context.hpp"

#include <iostream>

namespace credopass::ctl {

storage::Database* Context::database() {
    if (!db_) {
        auto opened = storage::Database::open(dbPath);
        if (!opened) {
            fail(opened.error().message);
            return nullptr;
        }
        db_.emplace(std::move(opened).value());
    }
    return &*db_;
}

int Context::fail(const std::string& message) const {
    std::cerr << "credopass-kioskctl: " << message << "\n";
    return kError;
}

}  // namespace credopass::ctl
