#pragma once

#include <QByteArray>

#include <cstdint>
#include <cstring>

namespace dateline {

// A sequential reader of untrusted bytes: a snapshot in memory or a BLOB read straight from the
// file (Document::readSnapshot), so that a large snapshot lands in its final arrays with no
// intermediate copy (on this VM, first-touching 32 MB of fresh memory costs ~100 ms).
class ByteSource {
public:
    virtual ~ByteSource() = default;
    virtual std::uint64_t remaining() const = 0;
    // Copies the next n bytes to dst; false (and nothing consumed) when fewer are left or on error.
    virtual bool read(void *dst, std::uint64_t n) = 0;
};

class ByteArraySource final : public ByteSource {
public:
    explicit ByteArraySource(const QByteArray &data) : m_data(data) {}
    std::uint64_t remaining() const override { return std::uint64_t(m_data.size() - m_at); }
    bool read(void *dst, std::uint64_t n) override
    {
        if (n > remaining())
            return false;
        if (n)
            std::memcpy(dst, m_data.constData() + m_at, std::size_t(n));
        m_at += qsizetype(n);
        return true;
    }

private:
    const QByteArray &m_data;
    qsizetype m_at = 0;
};

} // namespace dateline
