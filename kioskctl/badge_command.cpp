// `badge keygen|issue|sheet|render|trust|revoke|policy`: issue signed badges
// and keep the kiosk's trusted keys, revocation list and accepted formats.
#include "kioskctl/badge_commands.hpp"

#include <CLI/CLI.hpp>

namespace credopass::ctl {

void addBadgeCommand(CLI::App& app, Context& ctx) {
    auto* badge = app.add_subcommand("badge", "Issue signed badges; manage the keys and revocations this kiosk trusts");
    badge->require_subcommand(1);
    addBadgeKeygen(*badge, ctx);
    addBadgeIssue(app, *badge, ctx);
    addBadgeSheet(*badge, ctx);
    addBadgeRender(*badge, ctx);
    addBadgeTrust(*badge, ctx);
    addBadgeRevoke(*badge, ctx);
    addBadgePolicy(*badge, ctx);
}

}  // namespace credopass::ctl
