#include "kioskctl/context.hpp"

#include "host/log.hpp"

#include <unistd.h>

#include <iostream>

namespace credopass::ctl {

DoorService* Context::door() {
    return open(false);
}

DoorService* Context::reader() {
    return open(::access(dbPath.c_str(), F_OK) == 0);
}

DoorService* Context::open(bool readOnly) {
    if (!door_) {
        DoorServiceOptions options;
        options.dbPath = dbPath;
        options.actor = "kioskctl";
        options.readOnly = readOnly;
        options.create = !readOnly;
        auto opened = DoorService::open(options, clock);
        if (!opened) {
            exitCode = fail(opened.error().message);
            return nullptr;
        }
        door_.emplace(std::move(opened).value());
    }
    return &*door_;
}

int Context::fail(const std::string& message) const {
    host::log(host::LogLevel::Error, message);
    return kError;
}

bool Context::check(const Status& s) {
    if (s) return true;
    exitCode = fail(s.error().message);
    return false;
}

}  // namespace credopass::ctl
