// `badge trust|revoke|policy`: what this kiosk trusts, through the door service.
#include "badge/signed_badge.hpp"
#include "badge/trust.hpp"
#include "common/text.hpp"
#include "kioskctl/badge_commands.hpp"
#include "words/translate.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace credopass::ctl {

using namespace credopass::badge;

void addBadgeTrust(CLI::App& badge, Context& ctx) {
    struct Options {
        std::string publicKey, label, remove;
        bool list = false;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = badge.add_subcommand("trust", "Trust an issuer's public key on this kiosk (or list / remove keys)");
    auto* add = cmd->add_option("--public", opt->publicKey, "Public key file to trust");
    cmd->add_option("--label", opt->label, "A note for people (\"HQ 2026\")");
    auto* remove = cmd->add_option("--remove", opt->remove, "Stop trusting the key with this id");
    auto* list = cmd->add_flag("--list", opt->list, "List trusted keys");
    add->excludes(remove)->excludes(list);
    remove->excludes(list);
    cmd->callback([&ctx, opt] {
        auto* door = ctx.door();
        if (!door) return;
        if (!opt->publicKey.empty()) {
            auto key = readPublicKeyFile(opt->publicKey);
            if (!ctx.check(key) || !ctx.check(door->trustKey(*key, opt->label))) return;
            std::cout << words::fill(words::tr("trusting key {key}"), {{"key", keyIdHex(key->id())}}) << "\n";
        } else if (!opt->remove.empty()) {
            auto removed = door->untrustKey(toLower(trim(opt->remove)));
            if (!ctx.check(removed)) return;
            if (!*removed) return void(ctx.exitCode = ctx.fail("no trusted key with id " + opt->remove));
            std::cout << words::fill(words::tr("no longer trusting key {key}"), {{"key", toLower(trim(opt->remove))}})
                      << "\n";
        } else {
            auto keys = door->trustedKeys();
            if (!ctx.check(keys)) return;
            for (const auto& row : *keys)
                std::cout << row.keyId << "  " << formatIso(row.addedAt) << "  " << row.label << "\n";
        }
    });
}

void addBadgeRevoke(CLI::App& badge, Context& ctx) {
    struct Options {
        std::string member, badgeText, reason;
        bool list = false;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd =
        badge.add_subcommand("revoke", "Put a badge, or every badge issued so far to a member, on the revocation list");
    auto* member =
        cmd->add_option("--member", opt->member, "Revoke every signed badge of this member issued up to now");
    auto* one = cmd->add_option("--badge", opt->badgeText, "Revoke this one signed badge (its text)");
    auto* list = cmd->add_flag("--list", opt->list, "List the revocation list");
    cmd->add_option("--reason", opt->reason, "Why (kept with the entry)");
    member->excludes(one)->excludes(list);
    one->excludes(list);
    cmd->callback([&ctx, opt] {
        auto* door = ctx.door();
        if (!door) return;
        auto now = ctx.clock.now();
        if (!opt->member.empty()) {
            auto id = parseStrictUuid(trim(opt->member));
            if (!id) return void(ctx.exitCode = ctx.fail("not a member id (UUID): " + opt->member));
            if (!ctx.check(door->revokeMember(id->toString(), opt->reason))) return;
            std::cout << words::fill(words::tr("revoked badges of member {member} valid from {time} or earlier"),
                                     {{"member", id->toString()}, {"time", formatIso(now)}})
                      << "\n";
        } else if (!opt->badgeText.empty()) {
            auto parsed = parseSignedBadge(trim(opt->badgeText));
            if (!parsed) return void(ctx.exitCode = ctx.fail("not a signed CredoPass badge"));
            std::string id = badgeId(*parsed);
            if (!ctx.check(door->revokeBadge(id, opt->reason))) return;
            std::cout << words::fill(words::tr("revoked badge {badge} of member {member}"),
                                     {{"badge", id}, {"member", parsed->claims.member.toString()}})
                      << "\n";
        } else {
            auto rows = door->revocations();
            if (!ctx.check(rows)) return;
            for (const auto& row : *rows)
                std::cout << row.kind << "  " << row.subject << "  " << formatIso(row.revokedAt) << "  " << row.reason
                          << "\n";
        }
    });
}

void addBadgePolicy(CLI::App& badge, Context& ctx) {
    auto formats = std::make_shared<std::string>();
    auto* cmd = badge.add_subcommand("policy", "Show or set the badge formats this kiosk accepts");
    cmd->add_option("FORMATS", *formats, "\"all\" or a list of member_id,event_pass,signed");
    cmd->callback([&ctx, formats] {
        auto* door = ctx.door();
        if (!door) return;
        if (!formats->empty()) {
            auto policy = BadgePolicy::parse(*formats);
            if (!policy)
                return void(ctx.exitCode = ctx.fail("want \"all\" or a list of member_id, event_pass, signed"));
            if (!ctx.check(door->setBadgePolicy(*policy))) return;
        }
        auto policy = door->badgePolicy();
        if (!ctx.check(policy)) return;
        std::cout << policy->toString() << "\n";
    });
}

}  // namespace credopass::ctl
