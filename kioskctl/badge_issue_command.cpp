// `badge keygen|issue|sheet|render`: issuer keys, and signed badges on paper.
#include "badge/issuer.hpp"
#include "badge/qr_render.hpp"
#include "common/text.hpp"
#include "kioskctl/badge_commands.hpp"
#include "words/translate.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>

namespace credopass::ctl {
namespace {

using namespace credopass::badge;

// "2027-01-01T00:00:00Z", or "+90d" / "+12h" from `from`.
std::optional<TimePoint> parseWhen(const std::string& text, TimePoint from) {
    if (text.size() >= 3 && text[0] == '+' && (text.back() == 'd' || text.back() == 'h')) {
        try {
            std::size_t used = 0;
            long n = std::stol(text.substr(1, text.size() - 2), &used);
            if (used != text.size() - 2 || n <= 0) return std::nullopt;
            return from + (text.back() == 'd' ? std::chrono::hours(24 * n) : std::chrono::hours(n));
        } catch (const std::exception&) {
            return std::nullopt;
        }
    }
    return parseIso(text);
}

struct IssueOptions {
    std::string privateKey;
    std::vector<std::string> members;
    std::string event;
    std::string validFrom;
    std::string expires = "+365d";
    std::string png;
    std::string name;
    int moduleSize = 8;
};

// The claims for one member, or an error message.
Result<BadgeClaims> claimsFor(const std::string& member, const IssueOptions& opt, TimePoint now) {
    auto memberId = parseStrictUuid(trim(member));
    if (!memberId) return Error{InputErrc::BadMember, "not a member id (UUID): " + member};
    BadgeClaims claims{*memberId, std::nullopt, now, now, now};  // issued now, whatever --valid-from says
    if (!opt.event.empty()) {
        claims.event = parseStrictUuid(trim(opt.event));
        if (!claims.event) return Error{InputErrc::BadEvent, "not an event id (UUID): " + opt.event};
    }
    if (!opt.validFrom.empty()) {
        auto t = parseIso(opt.validFrom);
        if (!t) return Error{InputErrc::BadTime, "--valid-from: not an ISO 8601 time with a zone: " + opt.validFrom};
        claims.validFrom = *t;
    }
    auto until = parseWhen(opt.expires, claims.validFrom);
    if (!until) return Error{InputErrc::BadTime, "--expires: want an ISO 8601 time or +Nd/+Nh: " + opt.expires};
    claims.expires = *until;
    return claims;
}

// The member's name, or "" when the database does not know the member.
Result<std::string> nameFor(DoorService& door, const Uuid& member) {
    auto found = door.member(member.toString());
    if (!found) return found.error();
    return *found ? (*found)->fullName() : std::string();
}

}  // namespace

void addBadgeKeygen(CLI::App& badge, Context& ctx) {
    auto paths = std::make_shared<std::pair<std::string, std::string>>();
    auto* cmd = badge.add_subcommand("keygen", "Create an issuer key pair (the private file is 0600; never replaced)");
    cmd->add_option("--private", paths->first, "Private key file to create")->required();
    cmd->add_option("--public", paths->second, "Public key file to create")->required();
    cmd->callback([&ctx, paths] {
        auto key = SecretKey::generate();
        auto written = writeKeyFiles(key, paths->first, paths->second);
        if (!written) return void(ctx.exitCode = ctx.fail(written.error().message));
        std::cout << words::fill(words::tr("key id {key}"), {{"key", keyIdHex(key.publicKey().id())}}) << "\n"
                  << words::fill(words::tr("private key: {file} (keep it on the issuing machine)"),
                                 {{"file", paths->first}})
                  << "\n"
                  << words::fill(words::tr("public key:  {file} (give it to kiosks: badge trust --public FILE)"),
                                 {{"file", paths->second}})
                  << "\n";
    });
}

void addBadgeIssue(CLI::App& app, CLI::App& badge, Context& ctx) {
    auto opt = std::make_shared<IssueOptions>();
    auto* cmd = badge.add_subcommand("issue", "Sign a badge for one member; prints the badge text as its last line");
    cmd->add_option("--private", opt->privateKey, "Issuer private key file")->required();
    cmd->add_option("--member", opt->members, "Member id")->required()->expected(1);
    cmd->add_option("--event", opt->event, "Only valid for this event id");
    cmd->add_option("--valid-from", opt->validFrom, "Start of validity, ISO 8601 (default: now)");
    cmd->add_option("--expires", opt->expires, "Expiry: ISO 8601, or +Nd / +Nh after the start");
    cmd->add_option("--png", opt->png, "Also write a printable PNG with the QR code");
    cmd->add_option("--name", opt->name, "Name printed under the code (default: from --db, when given)");
    cmd->add_option("--module", opt->moduleSize, "Pixels per QR module in the PNG")->check(CLI::Range(1, 64));
    cmd->callback([&app, &ctx, opt] {
        auto key = readSecretKeyFile(opt->privateKey);
        if (!key) return void(ctx.exitCode = ctx.fail(key.error().message));
        auto claims = claimsFor(opt->members.front(), *opt, ctx.clock.now());
        if (!claims) return void(ctx.exitCode = ctx.fail(claims.error().message));
        auto text = issueBadge(*key, *claims);
        if (!text) return void(ctx.exitCode = ctx.fail(text.error().message));
        std::string name = opt->name;
        if (name.empty() && app.get_option("--db")->count() > 0) {
            auto* door = ctx.door();
            if (!door) return;
            auto found = nameFor(*door, claims->member);
            if (!ctx.check(found)) return;
            name = *found;
            if (name.empty())
                std::cerr << "credopass-kioskctl: " << words::tr("note: member not in the database; no name printed")
                          << "\n";
        }
        if (!opt->png.empty()) {
            auto font = LabelFont::load();
            if (!font && !name.empty()) std::cerr << "credopass-kioskctl: note: " << font.error().message << "\n";
            auto card = renderBadgeCard({*text, name}, opt->moduleSize, font ? &*font : nullptr);
            if (!card) return void(ctx.exitCode = ctx.fail(card.error().message));
            auto written = writePng(*card, opt->png);
            if (!written) return void(ctx.exitCode = ctx.fail(written.error().message));
            std::cout << words::fill(words::tr("wrote {file}"), {{"file", opt->png}}) << "\n";
        }
        std::cout << "member " << claims->member.toString() << (name.empty() ? "" : " (" + name + ")") << ", valid "
                  << formatIso(claims->validFrom) << " to " << formatIso(claims->expires) << ", key "
                  << keyIdHex(key->publicKey().id()) << "\n"
                  << *text << "\n";
    });
}

void addBadgeSheet(CLI::App& badge, Context& ctx) {
    auto opt = std::make_shared<IssueOptions>();
    auto* cmd = badge.add_subcommand("sheet", "Sign badges for many members and lay them out on printable pages");
    cmd->add_option("--private", opt->privateKey, "Issuer private key file")->required();
    cmd->add_option("--member", opt->members, "Member ids (default: every member in the database)");
    cmd->add_option("--event", opt->event, "Only valid for this event id");
    cmd->add_option("--valid-from", opt->validFrom, "Start of validity, ISO 8601 (default: now)");
    cmd->add_option("--expires", opt->expires, "Expiry: ISO 8601, or +Nd / +Nh after the start");
    cmd->add_option("--png", opt->png, "Page file; pages after the first are FILE-2.png, FILE-3.png, ...")->required();
    cmd->callback([&ctx, opt] {
        auto key = readSecretKeyFile(opt->privateKey);
        if (!key) return void(ctx.exitCode = ctx.fail(key.error().message));
        auto* door = ctx.door();
        if (!door) return;
        std::vector<BadgeCard> cards;
        std::vector<std::string> ids = opt->members;
        if (ids.empty()) {
            auto all = door->members({}, 0);
            if (!ctx.check(all)) return;
            for (const MemberSummary& m : *all)
                ids.push_back(m.member.id);
        }
        for (const std::string& id : ids) {
            auto claims = claimsFor(id, *opt, ctx.clock.now());
            if (!claims) return void(ctx.exitCode = ctx.fail(claims.error().message));
            auto text = issueBadge(*key, *claims);
            if (!text) return void(ctx.exitCode = ctx.fail(text.error().message));
            auto name = nameFor(*door, claims->member);
            if (!ctx.check(name)) return;
            cards.push_back({*text, *name});
            std::cout << claims->member.toString() << "\t" << *text << "\n";
        }
        if (cards.empty()) return void(ctx.exitCode = ctx.fail("no members to issue badges for"));
        auto font = LabelFont::load();
        if (!font) std::cerr << "credopass-kioskctl: note: " << font.error().message << "; printing without names\n";
        auto pages = renderSheets(cards, SheetLayout{}, font ? &*font : nullptr);
        if (!pages) return void(ctx.exitCode = ctx.fail(pages.error().message));
        std::filesystem::path base(opt->png);
        for (std::size_t i = 0; i < pages->size(); ++i) {
            std::filesystem::path file = base;
            if (i > 0)
                file.replace_filename(base.stem().string() + "-" + std::to_string(i + 1) + base.extension().string());
            auto written = writePng((*pages)[i], file.string());
            if (!written) return void(ctx.exitCode = ctx.fail(written.error().message));
            std::cerr << words::fill(words::tr("wrote {file}"), {{"file", file.string()}}) << "\n";
        }
    });
}

void addBadgeRender(CLI::App& badge, Context& ctx) {
    auto opt = std::make_shared<IssueOptions>();
    auto text = std::make_shared<std::string>();
    auto* cmd = badge.add_subcommand("render", "Write a printable PNG for any badge text (a member id, an event pass)");
    cmd->add_option("--text", *text, "The text the QR code carries")->required();
    cmd->add_option("--png", opt->png, "PNG file to write")->required();
    cmd->add_option("--name", opt->name, "Name printed under the code");
    cmd->add_option("--module", opt->moduleSize, "Pixels per QR module")->check(CLI::Range(1, 64));
    cmd->callback([&ctx, opt, text] {
        auto font = LabelFont::load();
        if (!font && !opt->name.empty()) std::cerr << "credopass-kioskctl: note: " << font.error().message << "\n";
        auto card = renderBadgeCard({*text, opt->name}, opt->moduleSize, font ? &*font : nullptr);
        if (!card) return void(ctx.exitCode = ctx.fail(card.error().message));
        auto written = writePng(*card, opt->png);
        if (!written) return void(ctx.exitCode = ctx.fail(written.error().message));
        std::cout << words::fill(words::tr("wrote {file}"), {{"file", opt->png}}) << "\n";
    });
}

}  // namespace credopass::ctl
