#include "common/text.hpp"
#include "common/message_queue.hpp"

#include <catch2/catch.hpp>

#include <thread>

using namespace credopass;

TEST_CASE("CSV fields are quoted and defused") {
    CHECK(csvField("Jane") == "Jane");
    CHECK(csvField("Smith, Jane") == "\"Smith, Jane\"");
    CHECK(csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csvField("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
    CHECK(csvField("@SUM") == "'@SUM");
}

TEST_CASE("trim and toLower") {
    CHECK(trim("  a b \n") == "a b");
    CHECK(trim("   ").empty());
    CHECK(toLower("AbC-09") == "abc-09");
}

TEST_CASE("MessageQueue hands values between threads in order") {
    MessageQueue<int> q;
    std::thread producer([&] {
        for (int i = 0; i < 1000; ++i)
            q.push(i);
        q.close();
    });
    std::vector<int> got;
    while (auto v = q.popFor(std::chrono::seconds(5)))
        got.push_back(*v);
    producer.join();
    REQUIRE(got.size() == 1000);
    for (int i = 0; i < 1000; ++i)
        CHECK(got[static_cast<size_t>(i)] == i);
}

TEST_CASE("a bounded MessageQueue keeps the newest") {
    MessageQueue<int> q(2);
    q.push(1);
    q.push(2);
    q.push(3);
    CHECK(q.dropped() == 1);
    auto all = q.drain();
    REQUIRE(all.size() == 2);
    CHECK(all[0] == 2);
    CHECK(all[1] == 3);
    CHECK_FALSE(q.tryPop());
}
