// `scan --image FILE [--public FILE] [--json]`: what a badge image says, and
// whether this kiosk (or the given issuer key) would accept it.
#include "badge/verifier.hpp"
#include "kiosk/input/image_file.hpp"
#include "kiosk/input/qr_decoder.hpp"
#include "kioskctl/context.hpp"
#include "words/translate.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iomanip>
#include <iostream>

namespace credopass::ctl {
namespace {

using nlohmann::json;

// Control characters and bytes outside printable ASCII as \xNN: a scanned text
// may be anything, and a terminal must not interpret it.
std::string printable(const std::string& text) {
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned char c : text) {
        if (c >= 0x20 && c < 0x7F) {
            out.push_back(static_cast<char>(c));
        } else {
            out += "\\x";
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        }
    }
    return out;
}

// A signature checked out, as opposed to a format merely accepted: a bare
// member id or an event pass has nothing to verify.
bool signatureVerified(const badge::BadgeVerdict& v) {
    return v.accepted() && v.badge && v.badge->format == badge::BadgeFormat::Signed;
}

json verdictJson(const std::string& text, const badge::BadgeVerdict& v) {
    const bool isSigned = signatureVerified(v);
    json out{{"text", text},       {"format", nullptr},    {"member", nullptr},
             {"event", nullptr},   {"expires", nullptr},   {"accepted", v.accepted()},
             {"signed", isSigned}, {"verified", isSigned}, {"reason", nullptr}};
    if (v.badge) {
        out["format"] = std::string(toString(v.badge->format));
        out["member"] = v.badge->memberId;
        if (v.badge->eventId) out["event"] = *v.badge->eventId;
        if (v.badge->signedBadge) {
            out["expires"] = formatIso(v.badge->signedBadge->claims.expires);
            out["validFrom"] = formatIso(v.badge->signedBadge->claims.validFrom);
            out["issuedAt"] = formatIso(v.badge->signedBadge->claims.issued());
            out["keyId"] = badge::keyIdHex(v.badge->signedBadge->keyId);
        }
    }
    if (v.rejection) out["reason"] = std::string(toString(*v.rejection));
    return out;
}

}  // namespace

void addScanCommand(CLI::App& app, Context& ctx) {
    struct Options {
        std::string image;
        std::string publicKey;
        bool json = false;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd =
        app.add_subcommand("scan", "Decode a badge image and say whether it verifies (exit 2 when it does not)");
    cmd->add_option("--image", opt->image, "PNG or JPEG file")->required();
    cmd->add_option("--public", opt->publicKey,
                    "Verify against this issuer public key alone (default: the kiosk database's trusted keys, "
                    "revocations and accepted formats)");
    cmd->add_flag("--json", opt->json, "Print one JSON object");
    cmd->callback([&ctx, opt] {
        auto frame = input::loadImageFile(opt->image);
        if (!frame) return void(ctx.exitCode = ctx.fail(frame.error().message));
        auto texts = input::QrDecoder().decodeEitherWay(*frame);  // a dark-mode phone screenshot too
        if (texts.empty()) {
            if (opt->json)
                std::cout << json{{"text", nullptr},
                                  {"accepted", false},
                                  {"signed", false},
                                  {"verified", false},
                                  {"reason", "no_code_found"}}
                                 .dump()
                          << "\n";
            else
                std::cout << words::fill(words::tr("no QR code found in {file}"), {{"file", opt->image}}) << "\n";
            return void(ctx.exitCode = kRefused);
        }
        const std::string& text = texts.front();

        badge::BadgeVerdict verdict;
        if (!opt->publicKey.empty()) {
            auto key = badge::readPublicKeyFile(opt->publicKey);
            if (!key) return void(ctx.exitCode = ctx.fail(key.error().message));
            badge::BadgeTrust trust;
            trust.keys.push_back(*key);
            verdict = badge::checkBadge(text, badge::BadgePolicy{}, trust, ctx.clock.now());
        } else {
            auto* door = ctx.door();
            if (!door) return;
            auto checked = door->verify(text);
            if (!ctx.check(checked)) return;
            verdict = std::move(checked).value();
        }

        json out = verdictJson(text, verdict);
        if (opt->json) {
            std::cout << out.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
        } else {
            std::cout << "text:      " << printable(text) << "\n";
            for (const char* field : {"format", "member", "event", "validFrom", "issuedAt", "expires", "keyId"}) {
                if (out.contains(field) && !out[field].is_null())
                    std::cout << std::left << std::setw(11) << std::string(field) + ":" << out[field].get<std::string>()
                              << "\n";
            }
            // The field names above are the JSON's; the verdict is for a person.
            if (signatureVerified(verdict))
                std::cout << words::tr("verified:  yes (signature checked)") << "\n";
            else if (verdict.accepted())
                std::cout << words::fill(
                                 words::tr("accepted:  yes, unsigned ({format}): there is no signature to verify"),
                                 {{"format", out["format"].get<std::string>()}})
                          << "\n";
            else
                std::cout << words::fill(words::tr("verified:  no ({reason})"),
                                         {{"reason", out["reason"].get<std::string>()}})
                          << "\n";
        }
        ctx.exitCode = verdict.accepted() ? kOk : kRefused;
    });
}

}  // namespace credopass::ctl
