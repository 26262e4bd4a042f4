#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Lotsen {

// An error a person can act on: what went wrong and, where known, what to do about it.
struct Error
{
    QString message;
};

// A value or an error; the project's replacement for exceptions across layers
// (std::expected arrives only with C++23).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const QString& error() const { return std::get<1>(m_data).message; }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success or an error.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error.message))
        , m_failed(true)
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

inline Result<void> success()
{
    return {};
}

} // namespace Lotsen
