/// Bytes a renderer wrote, handed on (from the core that rendered them to the one that
/// writes them out) without being copied. Immutable once made.
public final class RenderedBytes: @unchecked Sendable {
    private let start: UnsafeMutablePointer<UInt8>
    /// How many bytes there are.
    public let count: Int

    /// Takes ownership of `count` initialised bytes at `start`, allocated with
    /// `UnsafeMutablePointer.allocate`; they are freed with the instance.
    init(taking start: UnsafeMutablePointer<UInt8>, count: Int) {
        self.start = start
        self.count = count
    }

    deinit { start.deallocate() }

    /// Calls `body` with the bytes.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: start, count: count))
    }
}
