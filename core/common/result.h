#pragma once

#include "core/common/error.h"

#include <tl/expected.hpp>

namespace parallax {

/// The return type of every fallible core function: a value or an Error. No exceptions cross layers.
template<typename T>
using Result = tl::expected<T, Error>;

/// Shorthand for returning a failure: `return fail(ErrorCode::EmptyFile, path);`
[[nodiscard]] inline tl::unexpected<Error> fail(ErrorCode code, QString subject = {}, QString detail = {})
{
    return tl::unexpected<Error>(Error{code, std::move(subject), std::move(detail)});
}

} // namespace parallax
