#pragma once
// std::visit with one lambda per alternative: std::visit(Overloaded{...}, v).

namespace credopass {

template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

}  // namespace credopass
