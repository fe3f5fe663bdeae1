// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace Retort::Core::Python {

/*! An append-only arena of default-constructed T. Returned pointers stay valid until the
    pool is destroyed (blocks never move). Blocks start small, so a tiny file costs little,
    and double up to a cap, so a huge one makes few allocations. Not thread-safe. */
template<typename T>
class NodePool
{
public:
    T *create()
    {
        if (m_used == m_blockSize) {
            if (!m_blocks.empty() && m_blockSize < MaxBlock)
                m_blockSize *= 2;
            m_blocks.push_back(std::make_unique<T[]>(m_blockSize));
            m_used = 0;
        }
        return &m_blocks.back()[m_used++];
    }

private:
    static constexpr std::size_t MinBlock = 16;
    static constexpr std::size_t MaxBlock = 4096;
    std::vector<std::unique_ptr<T[]>> m_blocks;
    std::size_t m_blockSize = MinBlock;
    std::size_t m_used = MinBlock;
};

} // namespace Retort::Core::Python
