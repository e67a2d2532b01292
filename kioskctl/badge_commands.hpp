#pragma once
// The `badge` subcommands, one file for issuing, one for what the kiosk trusts.

#include "kioskctl/context.hpp"

namespace CLI {
class App;
}

namespace credopass::ctl {

void addBadgeKeygen(CLI::App& badge, Context& ctx);
void addBadgeIssue(CLI::App& app, CLI::App& badge, Context& ctx);
void addBadgeSheet(CLI::App& badge, Context& ctx);
void addBadgeRender(CLI::App& badge, Context& ctx);
void addBadgeTrust(CLI::App& badge, Context& ctx);
void addBadgeRevoke(CLI::App& badge, Context& ctx);
void addBadgePolicy(CLI::App& badge, Context& ctx);

}  // namespace credopass::ctl
