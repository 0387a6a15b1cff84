extension Sequence where Element == UInt8 {
    /// Whether every byte is ASCII (below 0x80): the test each byte-level fast path makes
    /// before it treats bytes as characters, falling back to Characters otherwise.
    @inlinable
    public var isASCII: Bool { allSatisfy { $0 < 0x80 } }
}
